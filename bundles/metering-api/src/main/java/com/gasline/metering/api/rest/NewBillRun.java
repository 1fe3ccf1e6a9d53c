package com.gasline.metering.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code period} YYYY-MM; {@code routeId} for one reading book, absent for the whole branch. */
public record NewBillRun(
        @Schema(description = "YYYY-MM", required = true, example = "2026-11") String period,
        @Schema(description = "One reading book; absent for the whole branch", example = "5e8d2c4a-7b1f-4c3e-9a6d-8f0b2e4c6a13")
        String routeId) {
}
