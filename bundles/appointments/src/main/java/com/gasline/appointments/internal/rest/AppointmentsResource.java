package com.gasline.appointments.internal.rest;

import java.util.Arrays;

import javax.ws.rs.core.Response;

import com.gasline.appointments.api.rest.Appointment;
import com.gasline.appointments.api.rest.AppointmentStatus;
import com.gasline.appointments.api.rest.AppointmentsApi;
import com.gasline.appointments.api.rest.Arrival;
import com.gasline.appointments.api.rest.Availability;
import com.gasline.appointments.api.rest.Cancellation;
import com.gasline.appointments.api.rest.NewAppointment;
import com.gasline.appointments.api.rest.Punctuality;
import com.gasline.appointments.api.rest.Reminded;
import com.gasline.appointments.api.rest.Windows;
import com.gasline.appointments.internal.service.Bookings;
import com.gasline.appointments.internal.service.Loads;
import com.gasline.appointments.internal.service.Reminders;
import com.gasline.appointments.internal.service.VisitWindows;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.problem.Validation;

/** The HTTP face of appointments: the tenant and caller of the request, the work in the services. */
public class AppointmentsResource implements AppointmentsApi {

    private final VisitWindows windows;
    private final Bookings bookings;
    private final Loads loads;
    private final Reminders reminders;
    private final RequestContext requests;

    public AppointmentsResource(VisitWindows windows, Bookings bookings, Loads loads, Reminders reminders, RequestContext requests) {
        this.windows = windows;
        this.bookings = bookings;
        this.loads = loads;
        this.reminders = reminders;
        this.requests = requests;
    }

    @Override
    public Windows windows() {
        return windows.windows(requests.tenant());
    }

    @Override
    public Windows changeWindows(Windows changed) {
        return windows.change(requests.tenant(), changed);
    }

    @Override
    public Availability availability(String from, String to) {
        return loads.availability(requests.tenant(), from, to);
    }

    @Override
    public Response book(NewAppointment appointment) {
        Appointment booked = bookings.book(requests.tenant(), requests.requireCaller(), appointment);
        return Response.created(requests.location("appointments", booked.id())).entity(booked).build();
    }

    @Override
    public Page<Appointment> appointments(String day, String status, Integer page, Integer size) {
        new Validation().required("day", day).throwIfInvalid();
        boolean known = status == null || Arrays.stream(AppointmentStatus.values()).anyMatch(s -> s.name().equals(status));
        new Validation().check(known, "status", "须为 BOOKED、ARRIVED 或 CANCELLED", "must be BOOKED, ARRIVED or CANCELLED").throwIfInvalid();
        return bookings.list(requests.tenant(), Validation.date(day, "day"), status == null ? null : AppointmentStatus.valueOf(status),
                PageRequest.of(page, size));
    }

    @Override
    public Appointment appointment(String id) {
        return bookings.get(requests.tenant(), id);
    }

    @Override
    public Appointment arrive(String id, Arrival arrival) {
        return bookings.arrive(requests.tenant(), requests.requireCaller(), id, arrival);
    }

    @Override
    public Appointment cancel(String id, Cancellation cancellation) {
        return bookings.cancel(requests.tenant(), requests.requireCaller(), id, cancellation);
    }

    @Override
    public Punctuality punctuality(String from, String to) {
        return loads.punctuality(requests.tenant(), from, to);
    }

    @Override
    public Reminded remind() {
        return reminders.remindTomorrow(requests.tenant());
    }
}
