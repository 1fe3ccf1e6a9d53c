package com.gasline.accounts.api.rest;

import java.time.OffsetDateTime;

/** One recorded change of an account: who, when, what field, old and new value. */
public record HistoryEntry(int seq, OffsetDateTime at, String actor, String action, String field, String oldValue,
        String newValue, String reason) {
}
