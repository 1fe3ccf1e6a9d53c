package com.gasline.metering.api.rest;

import java.time.LocalDate;

/** {@code POST /readings:estimate}: 估抄 of a meter that could not be read; {@code readOn} defaults to today. */
public record NewEstimate(String serial, LocalDate readOn, String reason) {
}
