package com.gasline.inspections.api.rest;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code POST /inspections/{id}/schedule}: the visit the customer is told of, at least the notice period ahead. */
public record NewSchedule(
        @Schema(description = "At least the branch's notice hours (default 72) from now; a re-visit after no access at another time of day or on a weekend",
                required = true, example = "2026-12-05T18:30:00+08:00") OffsetDateTime visitAt) {
}
