package com.gasline.metering.api.rest;

/** Where an account stands: balance = credit (预存) − owed; negative means the customer owes money. */
public record AccountBalance(String accountNo, long balanceFen, long creditFen, long owedFen, long movements) {
}
