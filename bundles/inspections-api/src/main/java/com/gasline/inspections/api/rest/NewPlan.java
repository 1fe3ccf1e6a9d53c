package com.gasline.inspections.api.rest;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code POST /plans}: inspect the accounts of an area that are due within the period. */
public record NewPlan(
        @Schema(description = "Area path or a prefix of it", required = true, example = "东城区/幸福小区") String area,
        @Schema(description = "First day of the period", required = true, example = "2026-07-01") LocalDate periodStart,
        @Schema(description = "Last day of the period, within a year of the first", required = true, example = "2026-12-31")
        LocalDate periodEnd) {
}
