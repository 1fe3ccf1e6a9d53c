package com.gasline.platform.api.persistence;

import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/**
 * The only way modules touch their tables: one transaction, bound to one tenant. The platform
 * sets the EclipseLink tenant property and, on PostgreSQL, switches to the non-owner role and
 * {@code SET LOCAL gasline.tenant_id} so row-level security applies as a second wall.
 */
public interface TenantTransactions {

    /** Runs {@code work} as the tenant of the request being served (404 outside a tenant path). */
    <T> T inTenant(EntityManagerFactory emf, Function<EntityManager, T> work);

    /** Runs {@code work} as {@code tenant}, for background jobs that have no request. */
    <T> T inTenant(String tenant, EntityManagerFactory emf, Function<EntityManager, T> work);
}
