package com.gasline.appointments.api.rest;

import java.time.LocalDate;
import java.util.List;

/** Every window of the days from–to with its free places; windows already over are not offered. */
public record Availability(LocalDate from, LocalDate to, List<WindowLoad> windows) {
}
