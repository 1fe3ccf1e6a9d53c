package com.gasline.cylinders.api.rest;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** {@code POST /points}: a 调瓶点 with its code, staff (usernames of its clerks) and the low-stock threshold of full cylinders per spec. */
public record NewPoint(
        @Schema(description = "Letters, digits or -, at most 32", required = true, example = "DC-01") String code,
        @Schema(required = true, example = "东城区建设路调瓶点") String name,
        @Schema(required = true, example = "XX市东城区建设路 88 号") String address,
        @Schema(example = "08:00-18:00") String hours,
        @ArraySchema(arraySchema = @Schema(description = "Usernames of the point's clerks, at most 50",
                example = "[\"wang.fang\", \"zhao.lei\"]"))
        List<String> staff,
        @Schema(description = "Full cylinders of a spec below which the point is low on stock; 0 or more", example = "20")
        Integer lowStockThreshold) {
}
