package com.gasline.ticketing.api.rest;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** A day that differs from the Monday–Friday week: HOLIDAY (法定节假日) or WORKDAY (调休 make-up working day). */
public record CalendarDay(
        @Schema(description = "Set from the path", example = "2027-01-01", accessMode = Schema.AccessMode.READ_ONLY) LocalDate dayOn,
        @Schema(required = true, allowableValues = { "HOLIDAY", "WORKDAY" }, example = "HOLIDAY") String kind,
        @Schema(example = "元旦") String name) {
}
