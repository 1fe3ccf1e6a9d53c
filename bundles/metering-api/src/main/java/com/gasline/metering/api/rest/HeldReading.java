package com.gasline.metering.api.rest;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** A reading a bill run did not bill because its anomaly ({@code reason} HIGH or ZERO) was not reviewed yet. */
public record HeldReading(
        String readingId, String accountNo, String serial,
        @Schema(allowableValues = { "HIGH", "ZERO" }) String reason,
        LocalDate readOn) {
}
