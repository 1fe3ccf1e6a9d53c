package com.gasline.admin.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import com.gasline.platform.api.tenant.Tenant;
import com.gasline.platform.api.tenant.TenantChange;
import com.gasline.platform.api.tenant.TenantRegistry;
import com.gasline.platform.api.tenant.TenantStatus;

@Command(scope = "gasline", name = "tenant-status", description = "Suspends or reactivates a tenant; its data is kept either way")
@Service
public class TenantStatusCommand implements Action {

    @Reference
    private TenantRegistry registry;

    @Argument(index = 0, name = "code", required = true)
    private String code;

    @Argument(index = 1, name = "status", description = "ACTIVE or SUSPENDED", required = true)
    private TenantStatus status;

    @Override
    public Object execute() {
        Tenant t = registry.change(code, new TenantChange(null, null, status, null));
        System.out.println("Tenant " + t.code() + " is now " + t.status());
        return null;
    }
}
