package com.gasline.appointments.api.rest;

import java.time.LocalDate;

/** The reminders (预约提醒) sent for a day's visits: each booked visit is reminded once, however often this runs. */
public record Reminded(LocalDate day, int reminded) {
}
