package com.gasline.platform.api.persistence;

/**
 * Per-tenant counters for document numbers (tickets, receipts): each call returns the next value,
 * never the same one twice, also under concurrent callers. A value taken by a transaction that
 * later fails is skipped, not reissued.
 */
public interface Sequences {

    long next(String tenant, String name);
}
