package com.gasline.platform.internal.notify;

import java.time.OffsetDateTime;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.persistence.TenantTransactions;
import com.gasline.platform.api.time.BranchClock;
import com.gasline.platform.internal.persistence.FlywayMigrations;

/** The notice tables (platform migration V8), always entered as one tenant, stamped by the branch clock. */
@Component(service = NoticeStore.class)
public class NoticeStore {

    private final EntityManagerFactory emf;
    private final TenantTransactions tx;
    private final BranchClock clock;

    @Activate
    public NoticeStore(@Reference(target = "(osgi.unit.name=gasline-platform)") EntityManagerFactory emf, @Reference TenantTransactions tx,
            @Reference BranchClock clock, @Reference FlywayMigrations migratedFirst) {
        this.emf = emf;
        this.tx = tx;
        this.clock = clock;
    }

    public <T> T in(String tenant, Function<EntityManager, T> work) {
        return tx.inTenant(tenant, emf, work);
    }

    public OffsetDateTime now(String tenant) {
        return clock.now(tenant);
    }

    public BranchClock clock() {
        return clock;
    }
}
