package com.gasline.accounts.api.rest;

/** 过户: the account passes to another registered customer. */
public record TransferRequest(String newCustomerId, String reason, Long version) {
}
