package com.gasline.metering.api.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code POST /meters}: a meter installed on an account; {@code digits} bounds the register (rollover). */
public record NewMeter(String serial, String accountNo, MeterType type, Integer digits, LocalDate installedOn,
        BigDecimal initialReading) {
}
