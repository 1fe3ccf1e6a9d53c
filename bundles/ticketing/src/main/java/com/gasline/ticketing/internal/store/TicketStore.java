package com.gasline.ticketing.internal.store;

import java.time.OffsetDateTime;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.persistence.SchemaMigrations;
import com.gasline.platform.api.persistence.TenantTransactions;
import com.gasline.ticketing.internal.rules.SlaClocks;

/** Ticketing's tables, migrated before anything else of the module runs; every transaction names its tenant. */
@Component(service = TicketStore.class)
public class TicketStore {

    private final TenantTransactions tx;
    private final EntityManagerFactory emf;

    @Activate
    public TicketStore(BundleContext context, @Reference SchemaMigrations migrations, @Reference TenantTransactions tx,
            @Reference(target = "(osgi.unit.name=gasline-ticketing)") EntityManagerFactory emf) {
        migrations.migrate(context.getBundle(), "ticketing");
        this.tx = tx;
        this.emf = emf;
    }

    public <T> T in(String tenant, Function<EntityManager, T> work) {
        return tx.inTenant(tenant, emf, work);
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(SlaClocks.ZONE);
    }
}
