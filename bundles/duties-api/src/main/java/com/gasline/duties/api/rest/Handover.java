package com.gasline.duties.api.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A handover as recorded; once accepted it is never edited, only annotated. */
public record Handover(
        String id, String shift, LocalDate dayOn, String outgoing, String incoming, List<String> openTickets, long cashFen, int vouchers,
        String point, List<String> cylinderStock, String tools, String incidents, String notes,
        @Schema(allowableValues = { "RECORDED", "ACCEPTED", "DISPUTED" }) String status,
        OffsetDateTime recordedAt, OffsetDateTime answeredAt, String disputeReason, List<Annotation> annotations) {

    public record Annotation(OffsetDateTime at, String by, String text) {
    }
}
