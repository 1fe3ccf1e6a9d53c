package com.gasline.accounts.api.rest;

/** 销户: the final meter reading (m³, given to metering when it is enabled) and the reason. */
public record CloseRequest(String finalReading, String reason, Long version) {
}
