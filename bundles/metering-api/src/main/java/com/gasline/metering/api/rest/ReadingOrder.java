package com.gasline.metering.api.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One meter to read on a route: where, the previous reading to compare with, when it is due. */
public record ReadingOrder(int seq, String serial, String accountNo, String address, BigDecimal previousReading,
        LocalDate previousReadOn, LocalDate dueOn) {
}
