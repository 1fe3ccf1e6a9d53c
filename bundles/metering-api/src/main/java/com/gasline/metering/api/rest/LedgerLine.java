package com.gasline.metering.api.rest;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One movement of an account's money (账户台账): positive credits the customer, negative charges them;
 * the balance after it is the running sum. Kinds: BILL, IC_SALE, PAYMENT, PREPAYMENT, VOID, REVERSAL,
 * ADJUSTMENT, WRITE_OFF, REFUND.
 */
public record LedgerLine(
        long seq,
        @Schema(allowableValues = { "BILL", "IC_SALE", "PAYMENT", "PREPAYMENT", "ADJUSTMENT", "WRITE_OFF", "TRUE_UP", "VOID", "REVERSAL",
                "REFUND" })
        String kind,
        long amountFen, long balanceAfterFen, String ref, String note, String actor, OffsetDateTime at) {
}
