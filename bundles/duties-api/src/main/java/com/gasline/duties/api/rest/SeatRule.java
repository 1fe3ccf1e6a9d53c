package com.gasline.duties.api.rest;

/** At least {@code minSeats} of {@code position} on duty every hour from {@code from} to {@code to} (HH:00; 00:00–24:00 for round the clock). */
public record SeatRule(String position, String from, String to, Integer minSeats) {
}
