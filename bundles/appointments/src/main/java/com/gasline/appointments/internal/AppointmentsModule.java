package com.gasline.appointments.internal;

import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.appointments.internal.rest.AppointmentsResource;
import com.gasline.appointments.internal.service.Bookings;
import com.gasline.appointments.internal.service.Loads;
import com.gasline.appointments.internal.service.Reminders;
import com.gasline.appointments.internal.service.VisitWindows;
import com.gasline.platform.api.AbstractModule;
import com.gasline.platform.api.Module;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.Roles;

/** 预约上门: visit windows with technician capacity, bookings, arrival against the window. */
@Component(service = Module.class)
public class AppointmentsModule extends AbstractModule {

    @Activate
    public AppointmentsModule(BundleContext context, @Reference VisitWindows windows, @Reference Bookings bookings, @Reference Loads loads,
            @Reference Reminders reminders, @Reference RequestContext requests) {
        super("appointments", "预约上门 Appointments", context.getBundle(), Set.of(),
                Set.of(Roles.BRANCH_ADMIN, Roles.AGENT, Roles.DISPATCHER, Roles.SUPERVISOR, Roles.TECHNICIAN, Roles.INSPECTOR),
                new AppointmentsResource(windows, bookings, loads, reminders, requests));
    }
}
