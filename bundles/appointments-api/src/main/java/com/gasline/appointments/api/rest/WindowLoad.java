package com.gasline.appointments.api.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** How full one window of one day is. */
public record WindowLoad(LocalDate day, String window, OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity, int booked, int free) {
}
