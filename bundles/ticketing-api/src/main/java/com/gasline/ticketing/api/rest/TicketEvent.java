package com.gasline.ticketing.api.rest;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/** One step of a ticket, kept for good. */
public record TicketEvent(
        int seq, OffsetDateTime at, String actor,
        @Schema(allowableValues = { "RECEIVE", "DISPATCH", "START", "REPLY", "RESOLVE", "CALLBACK", "CALLBACK_ATTEMPT", "REOPEN", "CLOSE",
                "ESCALATE" })
        String action,
        @Schema(description = "Null on RECEIVE", allowableValues = { "RECEIVED", "DISPATCHED", "IN_PROGRESS", "RESOLVED", "CALLED_BACK",
                "CLOSED" })
        String fromStatus,
        @Schema(allowableValues = { "RECEIVED", "DISPATCHED", "IN_PROGRESS", "RESOLVED", "CALLED_BACK", "CLOSED" }) String toStatus,
        String note) {
}
