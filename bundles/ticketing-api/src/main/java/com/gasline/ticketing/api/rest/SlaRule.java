package com.gasline.ticketing.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One clock of the SLA policy. {@code type} and optionally {@code variant} (complaint grade or appointment
 * service) select the tickets; {@code unit}: HOURS, DAYS (calendar), WORKING_DAYS (business calendar) or
 * END_OF_DAY (the same day, 24:00). {@code eveningNextNoon}: received 19:00–07:00, due 12:00 the next
 * morning instead (indoor faults). CALLBACK clocks count from resolution, the others from receipt.
 */
public record SlaRule(
        @Schema(required = true, allowableValues = { "CONSULTATION", "REPAIR", "COMPLAINT", "EMERGENCY", "SUGGESTION", "HELP",
                "APPOINTMENT" }, example = "COMPLAINT")
        String type,
        @Schema(description = "A complaint grade or appointment service, at most 16 characters", example = "MAJOR") String variant,
        @Schema(required = true, allowableValues = { "ARRIVAL", "ESCALATION", "REPLY", "RESOLUTION", "CALLBACK" }, example = "REPLY")
        String clock,
        @Schema(description = "1 to 365 (0 only with END_OF_DAY)", required = true, example = "2") Integer amount,
        @Schema(required = true, allowableValues = { "HOURS", "DAYS", "WORKING_DAYS", "END_OF_DAY" }, example = "DAYS") String unit,
        @Schema(example = "false") Boolean eveningNextNoon) {
}
