package com.gasline.metering.api.rest;

import java.time.OffsetDateTime;

/** A refund paid out of an account's credit, with its own receipt number (TK…). */
public record Refund(String id, String receiptNo, String accountNo, long amountFen, String reason, String cashier, OffsetDateTime at) {
}
