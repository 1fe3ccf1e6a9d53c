package com.gasline.cylinders.api.rest;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** Cylinders at a point by spec and status; {@code lowStock} lists specs whose full cylinders are below the threshold. */
public record Stock(String point, List<Line> lines, List<String> lowStock) {

    @Schema(name = "StockLine")
    public record Line(
            String spec,
            @Schema(allowableValues = { "FULL", "EMPTY", "REJECTED", "AWAITING_INSPECTION" }) String status,
            int count) {
    }
}
