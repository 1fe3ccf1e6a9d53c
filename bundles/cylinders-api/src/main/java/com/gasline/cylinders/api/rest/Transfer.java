package com.gasline.cylinders.api.rest;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** Cylinders arriving full at a point (delivery) or leaving empty for the filling station (dispatch). */
public record Transfer(
        @ArraySchema(arraySchema = @Schema(description = "1 to 500 steel stamps", required = true,
                example = "[\"HZ-YSP15-0456123\", \"HZ-YSP15-0398877\"]"))
        List<String> serials,
        @Schema(example = "充装站配送") String note) {
}
