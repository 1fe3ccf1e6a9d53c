package com.gasline.metering.api.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 换表: the old meter's final reading and the new meter; both readings are kept and billed. */
public record Replacement(BigDecimal oldFinalReading, String newSerial, MeterType newType, Integer newDigits,
        BigDecimal newInitialReading, LocalDate replacedOn) {
}
