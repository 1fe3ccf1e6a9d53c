package com.gasline.metering.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** 冲正 of a wrong bill; with {@code rebill} its readings are billed again at once (after a corrected reading or tariff). */
public record Reversal(
        @Schema(required = true, example = "抄表读数录入错误") String reason,
        @Schema(description = "Bill the readings again at once", example = "true") Boolean rebill) {
}
