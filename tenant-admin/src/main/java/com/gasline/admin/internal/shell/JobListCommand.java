package com.gasline.admin.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.jobs.Job;
import com.gasline.platform.api.jobs.Jobs;
import com.gasline.platform.api.jobs.ProgressBar;

@Command(scope = "gasline", name = "job-list", description = "Lists a branch's background jobs (bill runs, imports …), newest first")
@Service
public class JobListCommand implements Action {

    @Reference
    private Jobs jobs;

    @Argument(index = 0, name = "tenant", required = true, description = "Branch code")
    private String tenant;

    @Option(name = "--type", description = "Only jobs of this type, e.g. metering.bill-run")
    private String type;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Type");
        table.column("Status");
        table.column("Progress");
        table.column("Counters");
        table.column("Created");
        table.column("Error");
        for (Job j : jobs.list(tenant, type, PageRequest.of(0, 50)).items()) {
            table.addRow().addContent(j.id(), j.type(), j.status(), ProgressBar.of(j), j.counters(), j.createdAt(),
                    j.error() == null ? "" : j.error());
        }
        table.print(System.out);
        return null;
    }
}
