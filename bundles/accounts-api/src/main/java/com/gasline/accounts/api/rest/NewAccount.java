package com.gasline.accounts.api.rest;

import com.gasline.accounts.api.CustomerCategory;

/** {@code POST /accounts} (报装): {@code category} defaults to the customer's. */
public record NewAccount(String customerId, String premisesId, CustomerCategory category) {
}
