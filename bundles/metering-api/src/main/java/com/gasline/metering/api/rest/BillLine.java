package com.gasline.metering.api.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One tier within one price period: volume × price = amount, so the customer can check the sum. {@code kind}
 * GAS, or TRUE_UP: the credit (negative volume and amount) of what an estimated bill charged.
 */
public record BillLine(
        int seq, LocalDate from, LocalDate to, int tier, BigDecimal volume, long priceFen, long amountFen, LocalDate tariffYear,
        @Schema(description = "TRUE_UP corrects an estimated bill by the next actual reading", allowableValues = { "GAS", "TRUE_UP" })
        String kind) {
}
