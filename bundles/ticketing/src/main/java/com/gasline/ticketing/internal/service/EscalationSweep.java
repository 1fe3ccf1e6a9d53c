package com.gasline.ticketing.internal.service;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.jobs.BranchSweep;
import com.gasline.platform.api.jobs.JobHandler;
import com.gasline.platform.api.jobs.Jobs;
import com.gasline.platform.api.tenant.TenantRegistry;

/** Every minute, one escalation sweep across the nodes, a part per branch using ticketing (the same component does the parts). */
@Component(service = { Runnable.class, JobHandler.class }, property = { "scheduler.name=gasline-ticket-escalations",
        "scheduler.period:Long=60", "scheduler.concurrent:Boolean=false" })
public class EscalationSweep extends BranchSweep {

    static final String JOB_TYPE = "ticketing.escalations";

    private final Escalations escalations;

    @Activate
    public EscalationSweep(@Reference Escalations escalations, @Reference TenantRegistry tenants, @Reference Jobs jobs, @Reference Clock clock) {
        super("ticketing", JOB_TYPE, ChronoUnit.MINUTES, "escalated", tenants, jobs, clock);
        this.escalations = escalations;
    }

    @Override
    protected long sweep(String tenant) {
        return escalations.escalate(tenant).size();
    }
}
