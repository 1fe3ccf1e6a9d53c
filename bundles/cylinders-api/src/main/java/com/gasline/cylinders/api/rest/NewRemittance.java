package com.gasline.cylinders.api.rest;

import java.time.LocalDate;

/** {@code POST /points/{id}/remittances} (解缴): cash in fen and the number of vouchers handed over for {@code date}. */
public record NewRemittance(LocalDate date, Long cashFen, Integer vouchers) {
}
