package com.gasline.metering.api.rest;

/** {@code period} YYYY-MM; {@code routeId} for one reading book, absent for the whole branch. */
public record NewBillRun(String period, String routeId) {
}
