package com.gasline.cylinders.api.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A remittance reconciled against the day's exchanges: what was expected, what was handed over, the difference (kept). */
public record Remittance(String point, LocalDate dayOn, long cashFen, int vouchers, long expectedCashFen, int expectedVouchers,
        long cashDifferenceFen, int voucherDifference, int exchanges, String handedBy, OffsetDateTime at) {
}
