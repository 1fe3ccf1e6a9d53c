package com.gasline.appointments.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code POST /appointments/{id}/cancel}: why; the window's place is free again. */
public record Cancellation(@Schema(required = true, example = "用户改约到下周") String reason) {
}
