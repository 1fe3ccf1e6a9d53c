package com.gasline.metering.api.rest;

/** 退费 of (part of) an account's credit, with the reason given to the customer. */
public record NewRefund(Long amountFen, String reason) {
}
