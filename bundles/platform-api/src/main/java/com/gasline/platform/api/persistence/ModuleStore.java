package com.gasline.platform.api.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.osgi.framework.Bundle;

import com.gasline.platform.api.time.BranchClock;

/**
 * A module's tables: migrated when the store is built, so anything holding the store may use them;
 * every transaction names its tenant (a request's, or a background job's), and so does every stamp and
 * branch day, taken from the platform's {@link BranchClock}. Modules extend it with a DS component that
 * passes their bundle, migration id, persistence unit and the clock.
 */
public abstract class ModuleStore {

    private final TenantTransactions tx;
    private final EntityManagerFactory emf;
    private final BranchClock clock;

    protected ModuleStore(Bundle bundle, String moduleId, SchemaMigrations migrations, TenantTransactions tx, EntityManagerFactory emf,
            BranchClock clock) {
        migrations.migrate(bundle, moduleId);
        this.tx = tx;
        this.emf = emf;
        this.clock = clock;
    }

    public <T> T in(String tenant, Function<EntityManager, T> work) {
        return tx.inTenant(tenant, emf, work);
    }

    public BranchClock clock() {
        return clock;
    }

    public ZoneId zone(String tenant) {
        return clock.zone(tenant);
    }

    public OffsetDateTime now(String tenant) {
        return clock.now(tenant);
    }

    public LocalDate today(String tenant) {
        return clock.today(tenant);
    }
}
