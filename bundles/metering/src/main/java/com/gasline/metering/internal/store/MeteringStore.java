package com.gasline.metering.internal.store;

import javax.persistence.EntityManagerFactory;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.persistence.ModuleStore;
import com.gasline.platform.api.persistence.SchemaMigrations;
import com.gasline.platform.api.persistence.TenantTransactions;
import com.gasline.platform.api.time.BranchClock;

/** Metering's tables, migrated before anything else of the module runs. */
@Component(service = MeteringStore.class)
public class MeteringStore extends ModuleStore {

    @Activate
    public MeteringStore(BundleContext context, @Reference SchemaMigrations migrations, @Reference TenantTransactions tx,
            @Reference(target = "(osgi.unit.name=gasline-metering)") EntityManagerFactory emf, @Reference BranchClock clock) {
        super(context.getBundle(), "metering", migrations, tx, emf, clock);
    }
}
