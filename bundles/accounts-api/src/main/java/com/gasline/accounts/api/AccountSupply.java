package com.gasline.accounts.api;

/**
 * Supply changes other modules may ask the accounts module for (a critical hazard found by an inspection); each is
 * recorded in the account's history exactly like a clerk's change, with the module's reason.
 */
public interface AccountSupply {

    /**
     * 停气 for safety: an ACTIVE account is suspended; an account in any other state is left as it is.
     *
     * @return whether the account was suspended by this call
     */
    boolean suspendForSafety(String tenant, String actor, String accountNo, String reason);
}
