package com.gasline.admin.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

import com.gasline.platform.api.tenant.Tenant;
import com.gasline.platform.api.tenant.TenantRegistry;

/** Switches one module of one tenant and prints the tenant's modules afterwards. */
abstract class ModuleSwitchCommand implements Action {

    @Reference
    private TenantRegistry registry;

    @Argument(index = 0, name = "tenant", required = true)
    private String tenant;

    @Argument(index = 1, name = "module", required = true)
    private String module;

    abstract Tenant apply(TenantRegistry registry, String tenant, String module);

    @Override
    public Object execute() {
        Tenant t = apply(registry, tenant, module);
        System.out.println("Tenant " + t.code() + " modules: " + String.join(",", t.modules()));
        return null;
    }
}
