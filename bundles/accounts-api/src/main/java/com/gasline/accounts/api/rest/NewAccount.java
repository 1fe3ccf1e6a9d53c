package com.gasline.accounts.api.rest;

import com.gasline.accounts.api.CustomerCategory;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code POST /accounts} (报装): {@code category} defaults to the customer's. */
public record NewAccount(
        @Schema(required = true, example = "3f2b6c1e-8a4d-4e2f-9b7a-1c5d2e8f0a91") String customerId,
        @Schema(required = true, example = "9c4e7a12-5b3f-4d8e-a6c1-2f7b9d0e3a58") String premisesId,
        @Schema(description = "Defaults to the customer's category", example = "RESIDENTIAL") CustomerCategory category) {
}
