package com.gasline.admin.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import com.gasline.platform.api.jobs.Job;
import com.gasline.platform.api.jobs.Jobs;
import com.gasline.platform.api.jobs.ProgressBar;

/** Draws a job's progress until it ends, wherever in the cluster its parts run (Ctrl-C stops watching, not the job). */
@Command(scope = "gasline", name = "job-watch", description = "Shows a background job's progress bar until it ends")
@Service
public class JobWatchCommand implements Action {

    @Reference
    private Jobs jobs;

    @Argument(index = 0, name = "tenant", required = true, description = "Branch code")
    private String tenant;

    @Argument(index = 1, name = "id", required = true, description = "Job id (gasline:job-list)")
    private String id;

    @Override
    public Object execute() throws InterruptedException {
        Job job;
        do {
            job = jobs.find(tenant, id).orElse(null);
            if (job == null) {
                System.out.println("No such job in " + tenant + ": " + id);
                return null;
            }
            System.out.print("\r" + ProgressBar.of(job));
            System.out.flush();
            Thread.sleep(500);
        } while (!job.ended());
        System.out.println();
        System.out.println(job.status() + " " + job.counters() + (job.error() == null ? "" : " — " + job.error()));
        return null;
    }
}
