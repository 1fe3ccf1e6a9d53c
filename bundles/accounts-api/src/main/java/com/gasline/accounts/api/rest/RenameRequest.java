package com.gasline.accounts.api.rest;

/** 更名: same customer, the name on the account changes (e.g. a company renamed). */
public record RenameRequest(String newName, String reason, Long version) {
}
