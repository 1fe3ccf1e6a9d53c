package com.gasline.inspections.internal.service;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.jobs.BranchSweep;
import com.gasline.platform.api.jobs.JobHandler;
import com.gasline.platform.api.jobs.Jobs;
import com.gasline.platform.api.tenant.TenantRegistry;

/** Every hour, the customers of hazards due tomorrow or overdue are reminded, in each branch running inspections. */
@Component(service = { Runnable.class, JobHandler.class }, property = { "scheduler.name=gasline-hazard-reminders",
        "scheduler.period:Long=3600", "scheduler.concurrent:Boolean=false" })
public class HazardReminderSweep extends BranchSweep {

    static final String JOB_TYPE = "inspections.hazard-reminders";

    private final HazardReminders reminders;

    @Activate
    public HazardReminderSweep(@Reference HazardReminders reminders, @Reference TenantRegistry tenants, @Reference Jobs jobs, @Reference Clock clock) {
        super("inspections", JOB_TYPE, ChronoUnit.HOURS, "reminded", tenants, jobs, clock);
        this.reminders = reminders;
    }

    @Override
    protected long sweep(String tenant) {
        return reminders.remindDue(tenant).reminded();
    }
}
