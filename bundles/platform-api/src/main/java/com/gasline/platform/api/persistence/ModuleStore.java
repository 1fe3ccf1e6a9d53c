package com.gasline.platform.api.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.osgi.framework.Bundle;

/**
 * A module's tables: migrated when the store is built, so anything holding the store may use them;
 * every transaction names its tenant (a request's, or a background job's). Modules extend it with a
 * DS component that passes their bundle, migration id and persistence unit.
 */
public abstract class ModuleStore {

    /** The zone branch days and deadlines are counted in. */
    public static final ZoneId BRANCH_ZONE = ZoneId.of("Asia/Shanghai");

    private final TenantTransactions tx;
    private final EntityManagerFactory emf;

    protected ModuleStore(Bundle bundle, String moduleId, SchemaMigrations migrations, TenantTransactions tx, EntityManagerFactory emf) {
        migrations.migrate(bundle, moduleId);
        this.tx = tx;
        this.emf = emf;
    }

    public <T> T in(String tenant, Function<EntityManager, T> work) {
        return tx.inTenant(tenant, emf, work);
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(BRANCH_ZONE);
    }

    public static LocalDate today() {
        return LocalDate.now(BRANCH_ZONE);
    }
}
