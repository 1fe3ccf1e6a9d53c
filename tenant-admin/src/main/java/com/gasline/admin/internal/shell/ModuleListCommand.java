package com.gasline.admin.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import com.gasline.platform.api.tenant.ModuleInfo;
import com.gasline.platform.api.tenant.TenantRegistry;

@Command(scope = "gasline", name = "module-list", description = "Lists the module catalog; inactive means the module's bundle is stopped")
@Service
public class ModuleListCommand implements Action {

    @Reference
    private TenantRegistry registry;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("Version");
        table.column("Requires");
        table.column("Active");
        table.column("Problem");
        for (ModuleInfo m : registry.modules()) {
            table.addRow().addContent(m.id(), m.name(), m.version(), String.join(",", m.requires()), m.active(), m.problem() == null ? "" : m.problem());
        }
        table.print(System.out);
        return null;
    }
}
