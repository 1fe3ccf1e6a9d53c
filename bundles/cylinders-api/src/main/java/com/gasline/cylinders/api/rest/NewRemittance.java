package com.gasline.cylinders.api.rest;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code POST /points/{code}/remittances} (解缴): cash in fen and the number of vouchers handed over for {@code dayOn}. */
public record NewRemittance(
        @Schema(description = "Not in the future", required = true, example = "2026-11-20") LocalDate dayOn,
        @Schema(description = "0 or more fen", required = true, example = "36000") Long cashFen,
        @Schema(description = "0 or more", example = "3") Integer vouchers) {
}
