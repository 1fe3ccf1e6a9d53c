package com.gasline.duties.api.rest;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** A staff member: a platform user of the branch ({@code username}) holding a position, with training records. */
public record Staff(
        @Schema(description = "A platform user of the branch", required = true, example = "zhang.san") String username,
        @Schema(required = true, example = "张三") String name,
        @Schema(description = "Position code", required = true, example = "agent") String position,
        @Schema(example = "13800138000") String phone,
        @Schema(example = "2024-03-01") LocalDate hiredOn,
        @ArraySchema(arraySchema = @Schema(description = "Added with POST /staff/{username}/training",
                example = "[{\"trainedOn\": \"2024-03-05\", \"course\": \"岗前培训\", \"hours\": 16, \"result\": \"考核合格\"}]",
                accessMode = Schema.AccessMode.READ_ONLY))
        List<Training> training) {
}
