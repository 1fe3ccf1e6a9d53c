package com.gasline.metering.api.rest;

/** 缴费: cash (CASH, or COUNTER: cash at the counter), bank card (CARD), WECHAT, ALIPAY, through a bank (BANK) or online (ONLINE). */
public record NewPayment(String accountNo, Long amountFen, String channel) {
}
