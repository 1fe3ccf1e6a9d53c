package com.gasline.ticketing.api.rest;

import java.time.OffsetDateTime;

/** One SLA clock of a ticket: ARRIVAL, ESCALATION, REPLY, RESOLUTION or CALLBACK. */
public record Clock(String clock, OffsetDateTime dueAt, OffsetDateTime metAt, OffsetDateTime escalatedAt, boolean overdue) {
}
