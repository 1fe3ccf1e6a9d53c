package com.gasline.admin.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import com.gasline.platform.api.tenant.Tenant;
import com.gasline.platform.api.tenant.TenantRegistry;

@Command(scope = "gasline", name = "module-disable", description = "Disables a module for a tenant; its data is kept")
@Service
public class ModuleDisableCommand extends ModuleSwitchCommand {

    @Override
    Tenant apply(TenantRegistry registry, String tenant, String module) {
        return registry.disableModule(tenant, module);
    }
}
