package com.gasline.ticketing.api.rest;

import java.time.OffsetDateTime;

/** One step of a ticket, kept for good. */
public record TicketEvent(int seq, OffsetDateTime at, String actor, String action, String fromStatus, String toStatus, String note) {
}
