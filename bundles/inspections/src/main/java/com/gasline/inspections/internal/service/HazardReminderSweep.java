package com.gasline.inspections.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gasline.platform.api.jobs.JobHandler;
import com.gasline.platform.api.jobs.JobPart;
import com.gasline.platform.api.jobs.JobRequest;
import com.gasline.platform.api.jobs.JobRequest.PartPlan;
import com.gasline.platform.api.jobs.Jobs;
import com.gasline.platform.api.tenant.TenantRegistry;
import com.gasline.platform.api.tenant.TenantStatus;

/**
 * Every hour the Karaf scheduler runs this on every node; the jobs service keeps one sweep per hour, one part per
 * branch running inspections, each reminding the customers whose hazards are due tomorrow or overdue.
 */
@Component(service = { Runnable.class, JobHandler.class }, property = { "scheduler.name=gasline-hazard-reminders",
        "scheduler.period:Long=3600", "scheduler.concurrent:Boolean=false" })
public class HazardReminderSweep implements Runnable, JobHandler {

    static final String JOB_TYPE = "inspections.hazard-reminders";
    private static final Logger LOG = LoggerFactory.getLogger(HazardReminderSweep.class);

    private final HazardReminders reminders;
    private final TenantRegistry tenants;
    private final Jobs jobs;
    private final Clock clock;

    @Activate
    public HazardReminderSweep(@Reference HazardReminders reminders, @Reference TenantRegistry tenants, @Reference Jobs jobs, @Reference Clock clock) {
        this.reminders = reminders;
        this.tenants = tenants;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public void run() {
        try {
            List<PartPlan> branches = tenants.list().stream()
                    .filter(t -> t.status() == TenantStatus.ACTIVE && t.modules().contains("inspections"))
                    .map(t -> new PartPlan(t.code(), 1)).toList();
            Instant hour = clock.instant().truncatedTo(ChronoUnit.HOURS);
            jobs.submit(new JobRequest(null, null, JOB_TYPE, "system", Map.of(), JOB_TYPE + "@" + hour, branches));
        } catch (RuntimeException e) {
            LOG.warn("Could not queue the hazard reminders; the next hour tries again", e);
        }
    }

    @Override
    public String type() {
        return JOB_TYPE;
    }

    @Override
    public Map<String, Long> run(JobPart part) {
        return Map.of("reminded", (long) reminders.remindDue(part.payload()).reminded());
    }
}
