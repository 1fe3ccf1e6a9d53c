package com.gasline.admin.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import com.gasline.platform.api.tenant.NewTenant;
import com.gasline.platform.api.tenant.Tenant;
import com.gasline.platform.api.tenant.TenantRegistry;

@Command(scope = "gasline", name = "tenant-create", description = "Onboards a branch company as a new tenant")
@Service
public class TenantCreateCommand implements Action {

    @Reference
    private TenantRegistry registry;

    @Argument(index = 0, name = "code", description = "Tenant code, 2-32 of a-z 0-9 -", required = true)
    private String code;

    @Argument(index = 1, name = "name", description = "Branch name, e.g. 东区分公司", required = true)
    private String name;

    @Option(name = "--region", description = "Region")
    private String region;

    @Override
    public Object execute() {
        Tenant t = registry.create(new NewTenant(code, name, region));
        System.out.println("Created tenant " + t.code() + " (" + t.name() + ")");
        return null;
    }
}
