package com.gasline.metering.api.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code POST /meters}: a meter installed on an account; {@code digits} bounds the register (rollover). */
public record NewMeter(
        @Schema(required = true, example = "G25-2026-004512") String serial,
        @Schema(required = true, example = "DQ2026000123") String accountNo,
        @Schema(required = true, example = "DIAPHRAGM") MeterType type,
        @Schema(description = "Register digits, 4 to 9 (for rollover)", example = "5") Integer digits,
        @Schema(description = "Defaults to today", example = "2026-11-20") LocalDate installedOn,
        @Schema(description = "m³, 0 or more, up to 3 decimals; defaults to 0", example = "0") BigDecimal initialReading) {
}
