package com.gasline.metering.api.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code POST /readings}. {@code source}: READER, SELF (customer report), REMOTE, ESTIMATE.
 * {@code rollover}: the register passed its maximum since the last reading.
 */
public record NewReading(String serial, BigDecimal value, LocalDate readOn, String source, Boolean rollover) {
}
