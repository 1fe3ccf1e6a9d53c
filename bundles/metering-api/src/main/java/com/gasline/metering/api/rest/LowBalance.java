package com.gasline.metering.api.rest;

/** An IC-card (prepaid) account whose prepayment is below the threshold: to be told to top up. */
public record LowBalance(String accountNo, String holderName, String address, long balanceFen) {
}
