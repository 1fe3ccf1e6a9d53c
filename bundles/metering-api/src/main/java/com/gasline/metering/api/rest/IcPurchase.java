package com.gasline.metering.api.rest;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

/** IC卡售气: gas bought onto a prepaid card, priced through the same tiered tariff. */
public record IcPurchase(
        @Schema(required = true, example = "DQ2026000123") String accountNo,
        @Schema(required = true, example = "IC4401230567") String cardNo,
        @Schema(description = "m³, more than 0, up to 3 decimals", required = true, example = "50") BigDecimal volume) {
}
