package com.gasline.ticketing.api.rest;

/**
 * One clock of the SLA policy. {@code type} and optionally {@code variant} (complaint grade or appointment
 * service) select the tickets; {@code unit}: HOURS, DAYS (calendar), WORKING_DAYS (business calendar) or
 * END_OF_DAY (the same day, 24:00). {@code eveningNextNoon}: received 19:00–07:00, due 12:00 the next
 * morning instead (indoor faults). CALLBACK clocks count from resolution, the others from receipt.
 */
public record SlaRule(String type, String variant, String clock, Integer amount, String unit, Boolean eveningNextNoon) {
}
