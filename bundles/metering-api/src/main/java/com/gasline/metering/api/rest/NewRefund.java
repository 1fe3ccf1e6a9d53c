package com.gasline.metering.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** 退费 of (part of) an account's credit, with the reason given to the customer. */
public record NewRefund(
        @Schema(description = "1 to 100000000 fen", required = true, example = "5000") Long amountFen,
        @Schema(required = true, example = "销户退还预付款余额") String reason) {
}
