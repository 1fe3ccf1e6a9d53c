package com.gasline.cylinders.api.rest;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** Receipt of a cylinder back from the inspection station: passed (to {@code point}, EMPTY, new dates) or failed (scrapped). */
public record Inspected(
        @Schema(required = true, example = "true") Boolean passed,
        @Schema(description = "Defaults to today", example = "2026-11-20") LocalDate inspectedOn,
        @Schema(description = "Defaults to 4 years after inspectedOn", example = "2030-11-20") LocalDate nextInspectionOn,
        @Schema(description = "Required when passed: the point it goes to, empty", example = "DC-01") String point,
        @Schema(example = "水压试验合格，更换瓶阀") String note) {
}
