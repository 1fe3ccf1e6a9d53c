package com.gasline.cylinders.api.rest;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A month-end stock count (盘点): what was counted by spec and status against the book; the differences
 * are kept. In a request only {@code countedOn} and each line's spec, status and counted are read.
 */
public record StockCount(
        @Schema(description = "Set by the server", example = "DC-01", accessMode = Schema.AccessMode.READ_ONLY) String point,
        @Schema(description = "Defaults to today; not in the future", example = "2026-11-30") LocalDate countedOn,
        @ArraySchema(arraySchema = @Schema(required = true, example = "[{\"spec\": \"YSP-15\", \"status\": \"FULL\", \"counted\": 42}]"))
        List<Line> lines,
        @Schema(description = "Set by the server", example = "wang.fang", accessMode = Schema.AccessMode.READ_ONLY) String countedBy) {

    @Schema(name = "StockCountLine")
    public record Line(
            @Schema(required = true, example = "YSP-15") String spec,
            @Schema(required = true, allowableValues = { "FULL", "EMPTY", "REJECTED", "AWAITING_INSPECTION" }, example = "FULL")
            String status,
            @Schema(description = "0 or more", required = true, example = "42") Integer counted,
            @Schema(description = "Set by the server: what the registry has", example = "43", accessMode = Schema.AccessMode.READ_ONLY)
            int book,
            @Schema(description = "Set by the server: counted − book", example = "-1", accessMode = Schema.AccessMode.READ_ONLY)
            int difference) {
    }
}
