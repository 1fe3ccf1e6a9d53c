package com.gasline.platform.api.persistence;

/**
 * Names every tenant-scoped entity uses:
 * {@code @Multitenant(SINGLE_TABLE)} with
 * {@code @TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)}.
 */
public final class Tenancy {

    /** First column of every business table's primary key. */
    public static final String COLUMN = "tenant_id";

    /** EntityManager property carrying the tenant code; set only by {@link TenantTransactions}. */
    public static final String CONTEXT_PROPERTY = "gasline.tenant";

    private Tenancy() {
    }
}
