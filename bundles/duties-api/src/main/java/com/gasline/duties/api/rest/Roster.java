package com.gasline.duties.api.rest;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** 值班表 of one day; {@code holiday} names the holiday for a 节假日值班表. */
public record Roster(
        @Schema(description = "Set from the path", example = "2027-01-01", accessMode = Schema.AccessMode.READ_ONLY) LocalDate dayOn,
        @Schema(description = "Names the holiday of a 节假日值班表", example = "元旦") String holiday,
        @ArraySchema(arraySchema = @Schema(required = true,
                example = "[{\"shift\": \"day\", \"username\": \"zhang.san\"}, {\"shift\": \"night\", \"username\": \"li.si\"}]"))
        List<Assignment> assignments) {
}
