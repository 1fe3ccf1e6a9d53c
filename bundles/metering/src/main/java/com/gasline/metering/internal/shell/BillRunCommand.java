package com.gasline.metering.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import com.gasline.metering.api.rest.BillRun;
import com.gasline.metering.api.rest.NewBillRun;
import com.gasline.metering.internal.service.BillRuns;
import com.gasline.platform.api.jobs.Job;
import com.gasline.platform.api.jobs.Jobs;
import com.gasline.platform.api.jobs.ProgressBar;

/** Starts a bill run and draws its progress until it ends (Ctrl-C stops watching, not the run). */
@Command(scope = "gasline", name = "bill-run", description = "Starts a bill run (出账) for a branch and period and shows its progress")
@Service
public class BillRunCommand implements Action {

    @Reference
    private BillRuns runs;

    @Reference
    private Jobs jobs;

    @Option(name = "--route", description = "Only this reading book (id)")
    private String route;

    @Argument(index = 0, name = "tenant", required = true, description = "Branch code")
    private String tenant;

    @Argument(index = 1, name = "period", required = true, description = "Period YYYY-MM")
    private String period;

    @Override
    public Object execute() throws InterruptedException {
        String id = runs.start(tenant, "shell", new NewBillRun(period, route)).id();
        System.out.println("Bill run " + id);
        Job job;
        do {
            Thread.sleep(500);
            job = jobs.find(tenant, id).orElseThrow();
            System.out.print("\r" + ProgressBar.of(job));
            System.out.flush();
        } while (!job.ended());
        BillRun run = runs.find(tenant, id);
        System.out.println();
        System.out.println(run.status() + ": " + run.billed() + " billed, " + run.skipped() + " skipped of " + run.total());
        return null;
    }
}
