package com.gasline.accounts.internal;

import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.accounts.internal.service.Accounts;
import com.gasline.accounts.internal.service.Documents;
import com.gasline.accounts.internal.service.Registrations;
import com.gasline.accounts.internal.service.ArchiveImports;
import com.gasline.accounts.internal.service.Numbering;
import com.gasline.accounts.internal.rest.AccountsResource;
import com.gasline.platform.api.AbstractModule;
import com.gasline.platform.api.Module;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.Roles;
import com.gasline.platform.api.audit.AuditLog;

/** 用户档案: customers, premises and accounts of a branch. */
@Component(service = Module.class)
public class AccountsModule extends AbstractModule {

    @Activate
    public AccountsModule(BundleContext context, @Reference Registrations registrations, @Reference Accounts accounts,
            @Reference ArchiveImports imports, @Reference Documents documents,
            @Reference Numbering numbering, @Reference RequestContext requests, @Reference AuditLog audit) {
        super("accounts", "用户档案 Customer accounts", context.getBundle(), Set.of(),
                Set.of(Roles.BRANCH_ADMIN, Roles.CLERK, Roles.AGENT, Roles.SUPERVISOR, Roles.CASHIER, Roles.METER_READER, Roles.SHIFT_LEAD),
                new AccountsResource(registrations, accounts, imports, numbering, requests, audit, documents));
    }
}
