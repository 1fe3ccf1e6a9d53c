package com.gasline.inspections.internal.store;

import javax.persistence.EntityManagerFactory;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.persistence.ModuleStore;
import com.gasline.platform.api.persistence.SchemaMigrations;
import com.gasline.platform.api.persistence.TenantTransactions;
import com.gasline.platform.api.time.BranchClock;

/** The inspections' tables, migrated before anything else of the module runs. */
@Component(service = InspectionStore.class)
public class InspectionStore extends ModuleStore {

    @Activate
    public InspectionStore(BundleContext context, @Reference SchemaMigrations migrations, @Reference TenantTransactions tx,
            @Reference(target = "(osgi.unit.name=gasline-inspections)") EntityManagerFactory emf, @Reference BranchClock clock) {
        super(context.getBundle(), "inspections", migrations, tx, emf, clock);
    }
}
