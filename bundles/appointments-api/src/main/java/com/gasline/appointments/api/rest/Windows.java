package com.gasline.appointments.api.rest;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** The branch's visit windows (non-overlapping) and how far ahead customers may book. */
public record Windows(
        @ArraySchema(arraySchema = @Schema(description = "1–6 windows, not overlapping", required = true,
                example = "[{\"code\":\"AM\",\"starts\":\"09:00\",\"ends\":\"12:00\",\"capacity\":3},"
                        + "{\"code\":\"PM\",\"starts\":\"14:00\",\"ends\":\"17:00\",\"capacity\":3}]"))
        List<Window> windows,
        @Schema(description = "1–60 days", required = true, example = "14") Integer bookingDaysAhead) {
}
