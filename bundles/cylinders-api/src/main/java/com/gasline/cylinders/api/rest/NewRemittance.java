package com.gasline.cylinders.api.rest;

import java.time.LocalDate;

/** {@code POST /points/{code}/remittances} (解缴): cash in fen and the number of vouchers handed over for {@code dayOn}. */
public record NewRemittance(LocalDate dayOn, Long cashFen, Integer vouchers) {
}
