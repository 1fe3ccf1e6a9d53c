package com.gasline.ticketing.api.rest;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/** One SLA clock of a ticket: ARRIVAL, ESCALATION, REPLY, RESOLUTION or CALLBACK. */
public record Clock(
        @Schema(allowableValues = { "ARRIVAL", "ESCALATION", "REPLY", "RESOLUTION", "CALLBACK" }) String clock,
        OffsetDateTime dueAt, OffsetDateTime metAt, OffsetDateTime escalatedAt, boolean overdue) {
}
