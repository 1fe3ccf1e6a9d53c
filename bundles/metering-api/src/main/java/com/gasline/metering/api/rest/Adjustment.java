package com.gasline.metering.api.rest;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/** An adjustment as asked and, once decided, who decided it: status PENDING, APPROVED or REFUSED. */
public record Adjustment(
        String id, String accountNo,
        @Schema(allowableValues = { "ADJUSTMENT", "WRITE_OFF" }) String kind,
        long amountFen, String reason, String requestedBy, OffsetDateTime requestedAt,
        @Schema(allowableValues = { "PENDING", "APPROVED", "REFUSED" }) String status,
        String decidedBy, OffsetDateTime decidedAt) {
}
