package com.gasline.cylinders.api.rest;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** The point's daily safety check: dry, ventilated, fire, explosion and theft precautions (防火防爆防盗). */
public record SafetyCheck(
        @Schema(description = "Defaults to today; not in the future", example = "2026-11-20") LocalDate checkedOn,
        @Schema(required = true, example = "true") Boolean dry,
        @Schema(required = true, example = "true") Boolean ventilated,
        @Schema(required = true, example = "true") Boolean fireSafe,
        @Schema(required = true, example = "true") Boolean explosionSafe,
        @Schema(required = true, example = "true") Boolean theftSafe,
        @Schema(example = "灭火器压力正常，钢瓶直立存放") String note,
        @Schema(description = "Set by the server", example = "wang.fang", accessMode = Schema.AccessMode.READ_ONLY) String checkedBy) {
}
