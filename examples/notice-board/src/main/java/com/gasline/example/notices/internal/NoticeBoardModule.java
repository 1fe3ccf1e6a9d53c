package com.gasline.example.notices.internal;

import java.util.Set;

import javax.persistence.EntityManagerFactory;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.Module;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.Roles;
import com.gasline.platform.api.persistence.SchemaMigrations;
import com.gasline.platform.api.persistence.TenantTransactions;

/** 公告栏: registered as a {@link Module}, so the platform serves it for branches that enable it. */
@Component(service = Module.class)
public class NoticeBoardModule implements Module {

    static final String ID = "notices";

    private final NoticesResource resource;
    private final String version;

    @Activate
    public NoticeBoardModule(BundleContext context, @Reference SchemaMigrations migrations, @Reference TenantTransactions tx,
            @Reference(target = "(osgi.unit.name=gasline-notices)") EntityManagerFactory emf,
            @Reference RequestContext requests) {
        migrations.migrate(context.getBundle(), ID);
        this.version = context.getBundle().getVersion().toString();
        this.resource = new NoticesResource(tx, emf, requests);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "公告栏 Notice board";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Set<String> requires() {
        return Set.of();
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.BRANCH_ADMIN, Roles.SUPERVISOR);
    }

    @Override
    public Object resource() {
        return resource;
    }
}
