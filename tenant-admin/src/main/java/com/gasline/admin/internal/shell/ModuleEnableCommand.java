package com.gasline.admin.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import com.gasline.platform.api.tenant.Tenant;
import com.gasline.platform.api.tenant.TenantRegistry;

@Command(scope = "gasline", name = "module-enable", description = "Enables a module for a tenant (its required modules first)")
@Service
public class ModuleEnableCommand extends ModuleSwitchCommand {

    @Override
    Tenant apply(TenantRegistry registry, String tenant, String module) {
        return registry.enableModule(tenant, module);
    }
}
