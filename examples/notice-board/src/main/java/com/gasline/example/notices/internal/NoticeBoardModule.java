package com.gasline.example.notices.internal;

import java.util.Set;

import javax.persistence.EntityManagerFactory;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.AbstractModule;
import com.gasline.platform.api.Module;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.Roles;
import com.gasline.platform.api.persistence.SchemaMigrations;
import com.gasline.platform.api.persistence.TenantTransactions;
import com.gasline.platform.api.time.BranchClock;

/** 公告栏: registered as a {@link Module}, so the platform serves it for branches that enable it. */
@Component(service = Module.class)
public class NoticeBoardModule extends AbstractModule {

    static final String ID = "notices";

    @Activate
    public NoticeBoardModule(BundleContext context, @Reference SchemaMigrations migrations, @Reference TenantTransactions tx,
            @Reference(target = "(osgi.unit.name=gasline-notices)") EntityManagerFactory emf,
            @Reference RequestContext requests, @Reference BranchClock clock) {
        super(ID, "公告栏 Notice board", migrated(context, migrations), Set.of(),
                Set.of(Roles.BRANCH_ADMIN, Roles.SUPERVISOR),
                new NoticesResource(tx, emf, requests, clock));
    }

    /** The tables exist before the module is served. */
    private static Bundle migrated(BundleContext context, SchemaMigrations migrations) {
        migrations.migrate(context.getBundle(), ID);
        return context.getBundle();
    }
}
