package com.gasline.metering.api.rest;

/** Why a receipt is to be voided, a void request refused, or a receipt reissued (at most 200 characters). */
public record ReceiptReason(String reason) {
}
