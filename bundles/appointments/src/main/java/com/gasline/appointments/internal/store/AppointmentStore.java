package com.gasline.appointments.internal.store;

import javax.persistence.EntityManagerFactory;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.persistence.ModuleStore;
import com.gasline.platform.api.persistence.SchemaMigrations;
import com.gasline.platform.api.persistence.TenantTransactions;
import com.gasline.platform.api.time.BranchClock;

/** The appointments' tables, migrated before anything else of the module runs. */
@Component(service = AppointmentStore.class)
public class AppointmentStore extends ModuleStore {

    @Activate
    public AppointmentStore(BundleContext context, @Reference SchemaMigrations migrations, @Reference TenantTransactions tx,
            @Reference(target = "(osgi.unit.name=gasline-appointments)") EntityManagerFactory emf, @Reference BranchClock clock) {
        super(context.getBundle(), "appointments", migrations, tx, emf, clock);
    }
}
