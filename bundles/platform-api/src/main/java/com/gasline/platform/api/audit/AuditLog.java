package com.gasline.platform.api.audit;

/**
 * Who did or saw what. Writes through the API are recorded by the platform itself; modules
 * call this for reads of private data (full ID numbers, phones).
 */
public interface AuditLog {

    /** Records {@code action} on {@code target} by the current caller, in the current tenant. */
    void record(String action, String target);
}
