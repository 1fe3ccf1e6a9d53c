package com.gasline.metering.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import com.gasline.metering.api.rest.BillRun;
import com.gasline.metering.internal.billing.BillRuns;

/** Starts a bill run and draws its progress until it ends (Ctrl-C stops watching, not the run). */
@Command(scope = "gasline", name = "bill-run", description = "Starts a bill run (出账) for a branch and period and shows its progress")
@Service
public class BillRunCommand implements Action {

    private static final int WIDTH = 40;

    @Reference
    private BillRuns runs;

    @Option(name = "--route", description = "Only this reading book (id)")
    private String route;

    @Argument(index = 0, name = "tenant", required = true, description = "Branch code")
    private String tenant;

    @Argument(index = 1, name = "period", required = true, description = "Period YYYY-MM")
    private String period;

    @Override
    public Object execute() throws InterruptedException {
        String id = runs.start(tenant, "shell", period, route).id();
        System.out.println("Bill run " + id);
        BillRun run;
        do {
            Thread.sleep(500);
            run = runs.find(tenant, id);
            System.out.print("\r" + bar(run));
            System.out.flush();
        } while ("RUNNING".equals(run.status()) || "QUEUED".equals(run.status()));
        System.out.println();
        System.out.println(run.status() + ": " + run.billed() + " billed, " + run.skipped() + " skipped of " + run.total());
        return null;
    }

    static String bar(BillRun run) {
        int filled = run.total() == 0 ? WIDTH : (int) ((long) run.done() * WIDTH / run.total());
        int percent = run.total() == 0 ? 100 : (int) ((long) run.done() * 100 / run.total());
        return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "% " + run.done() + "/" + run.total() + "  "
                + run.ratePerSecond() + "/s  ETA " + (run.etaSeconds() == null ? "?" : run.etaSeconds() + "s");
    }
}
