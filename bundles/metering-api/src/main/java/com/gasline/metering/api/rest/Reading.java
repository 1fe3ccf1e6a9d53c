package com.gasline.metering.api.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An accepted reading; {@code anomaly} HIGH (&gt; 3× average) or ZERO (active account) asks for review. */
public record Reading(String id, String serial, String accountNo, BigDecimal value, LocalDate readOn, String source,
        String reader, BigDecimal consumption, boolean rollover, String anomaly, boolean reviewed, String billId) {
}
