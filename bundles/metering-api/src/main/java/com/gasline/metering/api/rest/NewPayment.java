package com.gasline.metering.api.rest;

/** 缴费 at the counter (COUNTER), through a bank (BANK) or online (ONLINE). */
public record NewPayment(String accountNo, Long amountFen, String channel) {
}
