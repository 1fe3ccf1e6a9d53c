package com.gasline.accounts.api.rest;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/** One recorded change of an account: who, when, what field, old and new value. */
public record HistoryEntry(
        int seq, OffsetDateTime at, String actor,
        @Schema(allowableValues = { "APPLY", "IMPORT", "CONTRACT", "INSTALL", "ACTIVATE", "SUSPEND", "CLOSE", "TRANSFER", "RENAME" })
        String action,
        String field, String oldValue, String newValue, String reason) {
}
