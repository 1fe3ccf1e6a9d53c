package com.gasline.metering.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** 缴费: cash (CASH, or COUNTER: cash at the counter), bank card (CARD), WECHAT, ALIPAY, through a bank (BANK) or online (ONLINE). */
public record NewPayment(
        @Schema(required = true, example = "DQ2026000123") String accountNo,
        @Schema(description = "1 to 100000000 fen (1,000,000 yuan)", required = true, example = "5000") Long amountFen,
        @Schema(description = "Defaults to COUNTER", allowableValues = { "COUNTER", "CASH", "CARD", "WECHAT", "ALIPAY", "BANK", "ONLINE" },
                example = "WECHAT")
        String channel) {
}
