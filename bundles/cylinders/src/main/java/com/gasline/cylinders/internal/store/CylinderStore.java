package com.gasline.cylinders.internal.store;

import javax.persistence.EntityManagerFactory;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.persistence.ModuleStore;
import com.gasline.platform.api.persistence.SchemaMigrations;
import com.gasline.platform.api.persistence.TenantTransactions;
import com.gasline.platform.api.time.BranchClock;

/** The exchange points' tables, migrated before anything else of the module runs. */
@Component(service = CylinderStore.class)
public class CylinderStore extends ModuleStore {

    @Activate
    public CylinderStore(BundleContext context, @Reference SchemaMigrations migrations, @Reference TenantTransactions tx,
            @Reference(target = "(osgi.unit.name=gasline-cylinders)") EntityManagerFactory emf, @Reference BranchClock clock) {
        super(context.getBundle(), "cylinders", migrations, tx, emf, clock);
    }
}
