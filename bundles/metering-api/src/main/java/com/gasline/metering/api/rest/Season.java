package com.gasline.metering.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** Price from {@code fromMonth} to {@code toMonth} inclusive (may wrap the year, e.g. 11 to 3 for winter). */
public record Season(
        @Schema(description = "1 to 12", required = true, example = "11") int fromMonth,
        @Schema(description = "1 to 12", required = true, example = "3") int toMonth,
        @Schema(description = "More than 0 fen per m³", required = true, example = "330") long priceFen) {
}
