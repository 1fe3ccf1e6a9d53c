package com.gasline.admin.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import com.gasline.platform.api.tenant.Tenant;
import com.gasline.platform.api.tenant.TenantRegistry;

@Command(scope = "gasline", name = "tenant-list", description = "Lists branch companies (tenants) with their status and modules")
@Service
public class TenantListCommand implements Action {

    @Reference
    private TenantRegistry registry;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Code");
        table.column("Name");
        table.column("Region");
        table.column("Status");
        table.column("Modules");
        for (Tenant t : registry.list()) {
            table.addRow().addContent(t.code(), t.name(), t.region() == null ? "" : t.region(), t.status(), String.join(",", t.modules()));
        }
        table.print(System.out);
        return null;
    }
}
