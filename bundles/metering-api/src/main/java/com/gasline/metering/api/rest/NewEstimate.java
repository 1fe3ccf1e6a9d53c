package com.gasline.metering.api.rest;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code POST /readings:estimate}: 估抄 of a meter that could not be read; {@code readOn} defaults to today. */
public record NewEstimate(
        @Schema(required = true, example = "G25-2026-004512") String serial,
        @Schema(description = "Defaults to today; not in the future", example = "2026-11-20") LocalDate readOn,
        @Schema(example = "到访不遇，用户家中无人") String reason) {
}
