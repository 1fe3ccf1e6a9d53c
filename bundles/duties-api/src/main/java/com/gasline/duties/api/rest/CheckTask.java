package com.gasline.duties.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** 巡检 task: every {@code intervalMinutes} during the shift, for the staff of the position. */
public record CheckTask(
        @Schema(description = "Set by the server", example = "8c2e4a6b-1d3f-4b5a-9e7c-2f4a6c8e0b1d",
                accessMode = Schema.AccessMode.READ_ONLY)
        String id,
        @Schema(required = true, example = "仪表巡检") String name,
        @Schema(description = "Position code", required = true, example = "station-operator") String position,
        @Schema(description = "Shift code", required = true, example = "day") String shift,
        @Schema(description = "5 to 1440", required = true, example = "15") Integer intervalMinutes) {
}
