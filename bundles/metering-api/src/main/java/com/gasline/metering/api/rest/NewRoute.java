package com.gasline.metering.api.rest;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** 抄表册: the meters in walking order, the reader, MONTHLY or BIMONTHLY, reading day 1–28. */
public record NewRoute(
        @Schema(required = true, example = "东城区幸福小区抄表册") String name,
        @Schema(description = "Username of the meter reader", required = true, example = "li.si") String reader,
        @Schema(description = "Defaults to MONTHLY", allowableValues = { "MONTHLY", "BIMONTHLY" }, example = "MONTHLY") String cycle,
        @Schema(description = "1 to 28", required = true, example = "15") Integer readingDay,
        @ArraySchema(arraySchema = @Schema(description = "Meter serials in walking order, at most 5000",
                example = "[\"G25-2026-004512\", \"G25-2026-004513\"]"))
        List<String> meters) {
}
