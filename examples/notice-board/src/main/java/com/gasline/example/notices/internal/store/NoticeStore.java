package com.gasline.example.notices.internal.store;

import javax.persistence.EntityManagerFactory;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.persistence.ModuleStore;
import com.gasline.platform.api.persistence.SchemaMigrations;
import com.gasline.platform.api.persistence.TenantTransactions;
import com.gasline.platform.api.time.BranchClock;

/**
 * The notice board's tables. Building the store runs the bundle's migrations (db/migration), so a new
 * version of the bundle that brings a migration applies it here, before the module is served again.
 */
@Component(service = NoticeStore.class)
public class NoticeStore extends ModuleStore {

    public static final String MODULE = "notices";

    @Activate
    public NoticeStore(BundleContext context, @Reference SchemaMigrations migrations, @Reference TenantTransactions tx,
            @Reference(target = "(osgi.unit.name=gasline-notices)") EntityManagerFactory emf, @Reference BranchClock clock) {
        super(context.getBundle(), MODULE, migrations, tx, emf, clock);
    }
}
