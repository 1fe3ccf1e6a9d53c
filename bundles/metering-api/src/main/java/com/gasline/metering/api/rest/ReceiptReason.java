package com.gasline.metering.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** Why a receipt is to be voided, a void request refused, or a receipt reissued (at most 200 characters). */
public record ReceiptReason(
        @Schema(required = true, example = "收费金额录入错误") String reason) {
}
