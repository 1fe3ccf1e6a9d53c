package com.gasline.appointments.api;

import java.time.LocalDate;

/**
 * Arrivals against the booked windows, for ticketing's KPIs; registered by the appointments module, so ticketing shows
 * the figures only where a branch runs it.
 */
public interface AppointmentStats {

    /** Appointments of days {@code from}–{@code to} (inclusive) in the branch's zone. */
    Arrivals arrivals(String tenant, LocalDate from, LocalDate to);

    /** Booked and not cancelled; arrived; arrived inside the window. */
    record Arrivals(long booked, long arrived, long onTime) {
    }
}
