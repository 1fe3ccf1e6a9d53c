package com.gasline.metering.api.rest;

/** 冲正 of a wrong bill; with {@code rebill} its readings are billed again at once (after a corrected reading or tariff). */
public record Reversal(String reason, Boolean rebill) {
}
