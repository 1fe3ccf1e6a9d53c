package com.gasline.metering.api.rest;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

/** One step of 阶梯气价: annual volume up to {@code upToM3} (null: no upper bound) at {@code priceFen} per m³. */
public record Tier(
        @Schema(description = "Absent in the last tier: no upper bound", example = "300") BigDecimal upToM3,
        @Schema(description = "More than 0 fen per m³", required = true, example = "261") long priceFen) {
}
