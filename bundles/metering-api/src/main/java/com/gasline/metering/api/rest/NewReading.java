package com.gasline.metering.api.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /readings}. {@code source}: READER, SELF (customer report), REMOTE, ESTIMATE.
 * {@code rollover}: the register passed its maximum since the last reading.
 */
public record NewReading(
        @Schema(required = true, example = "G25-2026-004512") String serial,
        @Schema(description = "m³, 0 or more, up to 3 decimals", required = true, example = "1288.502") BigDecimal value,
        @Schema(description = "Defaults to today; not in the future", example = "2026-11-20") LocalDate readOn,
        @Schema(description = "Defaults to READER", allowableValues = { "READER", "SELF", "REMOTE", "ESTIMATE" }, example = "READER")
        String source,
        @Schema(description = "The register passed its maximum since the last reading", example = "false") Boolean rollover) {
}
