package com.gasline.metering.api.rest;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

public record BulkReadings(
        @ArraySchema(arraySchema = @Schema(description = "At most 5000; each is checked and answered on its own", required = true,
                example = "[{\"serial\": \"G25-2026-004512\", \"value\": 1288.502, \"readOn\": \"2026-11-20\"}]"))
        List<NewReading> readings) {
}
