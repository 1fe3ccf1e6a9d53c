package com.gasline.metering.api.rest;

/**
 * 调账 (ADJUSTMENT, positive credits the customer, negative charges them) or 核销 (WRITE_OFF of owed
 * money, positive), taking effect only when another person approves it.
 */
public record NewAdjustment(String kind, Long amountFen, String reason) {
}
