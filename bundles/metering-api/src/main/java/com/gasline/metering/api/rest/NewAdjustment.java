package com.gasline.metering.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * 调账 (ADJUSTMENT, positive credits the customer, negative charges them) or 核销 (WRITE_OFF of owed
 * money, positive), taking effect only when another person approves it.
 */
public record NewAdjustment(
        @Schema(required = true, allowableValues = { "ADJUSTMENT", "WRITE_OFF" }, example = "ADJUSTMENT") String kind,
        @Schema(description = "Not 0, at most 100000000 either way; positive for WRITE_OFF", required = true, example = "2000")
        Long amountFen,
        @Schema(required = true, example = "抄表误差多计气量，退还气费") String reason) {
}
