package com.gasline.accounts.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** 过户: the account passes to another registered customer. */
public record TransferRequest(
        @Schema(required = true, example = "7d1a3e5b-2c4f-4a6e-8b9d-0f1e2a3b4c5d") String newCustomerId,
        @Schema(example = "房屋买卖过户") String reason,
        @Schema(description = "Optimistic lock: the version last read (409 when stale; absent skips the check)", example = "3")
        Long version) {
}
