package com.gasline.metering.api.rest;

/** Price from {@code fromMonth} to {@code toMonth} inclusive (may wrap the year, e.g. 11 to 3 for winter). */
public record Season(int fromMonth, int toMonth, long priceFen) {
}
