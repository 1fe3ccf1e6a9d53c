package com.gasline.ticketing.internal.service;

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
 * Every minute the Karaf scheduler runs this on every node; each asks the jobs service for the minute's
 * sweep under the same key, so one sweep runs per minute however many nodes there are, one part per branch
 * using ticketing. The same component does the parts.
 */
@Component(service = { Runnable.class, JobHandler.class }, property = { "scheduler.name=gasline-ticket-escalations",
        "scheduler.period:Long=60", "scheduler.concurrent:Boolean=false" })
public class EscalationSweep implements Runnable, JobHandler {

    static final String JOB_TYPE = "ticketing.escalations";
    private static final Logger LOG = LoggerFactory.getLogger(EscalationSweep.class);

    private final Escalations escalations;
    private final TenantRegistry tenants;
    private final Jobs jobs;
    private final Clock clock;

    @Activate
    public EscalationSweep(@Reference Escalations escalations, @Reference TenantRegistry tenants, @Reference Jobs jobs,
            @Reference Clock clock) {
        this.escalations = escalations;
        this.tenants = tenants;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public void run() {
        try {
            List<PartPlan> branches = tenants.list().stream()
                    .filter(t -> t.status() == TenantStatus.ACTIVE && t.modules().contains("ticketing"))
                    .map(t -> new PartPlan(t.code(), 1)).toList();
            Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
            jobs.submit(new JobRequest(null, null, JOB_TYPE, "system", Map.of(), JOB_TYPE + "@" + minute, branches));
        } catch (RuntimeException e) {
            LOG.warn("Could not queue the escalation sweep; the next minute tries again", e);
        }
    }

    @Override
    public String type() {
        return JOB_TYPE;
    }

    @Override
    public Map<String, Long> run(JobPart part) {
        return Map.of("escalated", (long) escalations.escalate(part.payload()).size());
    }
}
