package com.gasline.appointments.internal.service;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.jobs.BranchSweep;
import com.gasline.platform.api.jobs.JobHandler;
import com.gasline.platform.api.jobs.Jobs;
import com.gasline.platform.api.tenant.TenantRegistry;

/** Every hour, tomorrow's customers of each branch running appointments are reminded (a visit booked later today: next hour). */
@Component(service = { Runnable.class, JobHandler.class }, property = { "scheduler.name=gasline-appointment-reminders",
        "scheduler.period:Long=3600", "scheduler.concurrent:Boolean=false" })
public class ReminderSweep extends BranchSweep {

    static final String JOB_TYPE = "appointments.reminders";

    private final Reminders reminders;

    @Activate
    public ReminderSweep(@Reference Reminders reminders, @Reference TenantRegistry tenants, @Reference Jobs jobs, @Reference Clock clock) {
        super("appointments", JOB_TYPE, ChronoUnit.HOURS, "reminded", tenants, jobs, clock);
        this.reminders = reminders;
    }

    @Override
    protected long sweep(String tenant) {
        return reminders.remindTomorrow(tenant).reminded();
    }
}
