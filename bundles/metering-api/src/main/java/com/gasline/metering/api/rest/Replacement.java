package com.gasline.metering.api.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** 换表: the old meter's final reading and the new meter; both readings are kept and billed. */
public record Replacement(
        @Schema(description = "m³, 0 or more, up to 3 decimals", required = true, example = "1523.417") BigDecimal oldFinalReading,
        @Schema(required = true, example = "G25-2026-004513") String newSerial,
        @Schema(description = "Defaults to the old meter's type", example = "SMART") MeterType newType,
        @Schema(description = "Defaults to the old meter's digits", example = "5") Integer newDigits,
        @Schema(description = "m³, 0 or more, up to 3 decimals; defaults to 0", example = "0") BigDecimal newInitialReading,
        @Schema(description = "Defaults to today", example = "2026-11-20") LocalDate replacedOn) {
}
