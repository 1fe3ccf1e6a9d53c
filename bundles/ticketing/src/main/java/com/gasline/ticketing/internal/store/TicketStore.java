package com.gasline.ticketing.internal.store;

import javax.persistence.EntityManagerFactory;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.persistence.ModuleStore;
import com.gasline.platform.api.persistence.SchemaMigrations;
import com.gasline.platform.api.persistence.TenantTransactions;
import com.gasline.platform.api.time.BranchClock;

/** Ticketing's tables, migrated before anything else of the module runs. */
@Component(service = TicketStore.class)
public class TicketStore extends ModuleStore {

    @Activate
    public TicketStore(BundleContext context, @Reference SchemaMigrations migrations, @Reference TenantTransactions tx,
            @Reference(target = "(osgi.unit.name=gasline-ticketing)") EntityManagerFactory emf, @Reference BranchClock clock) {
        super(context.getBundle(), "ticketing", migrations, tx, emf, clock);
    }
}
