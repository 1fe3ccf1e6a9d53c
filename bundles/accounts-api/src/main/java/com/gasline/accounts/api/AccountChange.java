package com.gasline.accounts.api;

import java.time.OffsetDateTime;

/** One committed change of an account, as sent to {@link AccountListener}s. */
public record AccountChange(
        String tenant,
        String accountNo,
        Kind kind,
        AccountState from,
        AccountState to,
        String actor,
        OffsetDateTime at) {

    public enum Kind {
        OPENED, STATE_CHANGED, TRANSFERRED, RENAMED, CLOSED
    }
}
