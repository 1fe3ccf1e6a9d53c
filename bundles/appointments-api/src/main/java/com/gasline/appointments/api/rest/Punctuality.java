package com.gasline.appointments.api.rest;

import java.time.LocalDate;

/** Arrivals against windows for a period: booked (not cancelled), arrived, inside the window, and the on-time rate in per cent. */
public record Punctuality(LocalDate from, LocalDate to, long booked, long arrived, long onTime, Double onTimeRate) {
}
