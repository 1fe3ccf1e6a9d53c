package com.gasline.accounts.api;

import java.util.List;
import java.util.Optional;

/**
 * Read access to accounts for other modules (metering, ticketing), registered by the accounts
 * module. The tenant is explicit because callers may be background jobs without a request.
 */
public interface AccountDirectory {

    Optional<AccountSummary> find(String tenant, String accountNo);

    /** Accounts whose area path starts with {@code areaPrefix} (e.g. a district or a community), by account number. */
    List<AccountSummary> inArea(String tenant, String areaPrefix, int offset, int limit);
}
