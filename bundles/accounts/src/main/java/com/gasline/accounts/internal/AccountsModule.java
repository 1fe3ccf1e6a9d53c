package com.gasline.accounts.internal;

import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.accounts.internal.archive.Archive;
import com.gasline.accounts.internal.imports.ArchiveImports;
import com.gasline.accounts.internal.rest.AccountsResource;
import com.gasline.platform.api.Module;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.Roles;
import com.gasline.platform.api.audit.AuditLog;

/** 用户档案: customers, premises and accounts of a branch. */
@Component(service = Module.class)
public class AccountsModule implements Module {

    private final AccountsResource resource;
    private final String version;

    @Activate
    public AccountsModule(BundleContext context, @Reference Archive archive, @Reference ArchiveImports imports,
            @Reference RequestContext requests, @Reference AuditLog audit) {
        this.version = context.getBundle().getVersion().toString();
        this.resource = new AccountsResource(archive, imports, requests, audit);
    }

    @Override
    public String id() {
        return "accounts";
    }

    @Override
    public String name() {
        return "用户档案 Customer accounts";
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
        return Set.of(Roles.BRANCH_ADMIN, Roles.CLERK, Roles.AGENT, Roles.SUPERVISOR, Roles.CASHIER, Roles.METER_READER,
                Roles.SHIFT_LEAD);
    }

    @Override
    public Object resource() {
        return resource;
    }
}
