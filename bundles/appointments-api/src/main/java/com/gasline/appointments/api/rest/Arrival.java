package com.gasline.appointments.api.rest;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code POST /appointments/{id}/arrival}: when the technician reached the customer. */
public record Arrival(
        @Schema(description = "Defaults to now; not in the future", example = "2026-11-20T14:25:00+08:00") OffsetDateTime arrivedAt) {
}
