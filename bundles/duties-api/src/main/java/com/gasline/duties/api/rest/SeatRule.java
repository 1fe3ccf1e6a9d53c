package com.gasline.duties.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** At least {@code minSeats} of {@code position} on duty every hour from {@code from} to {@code to} (HH:00; 00:00–24:00 for round the clock). */
public record SeatRule(
        @Schema(description = "Position code", required = true, example = "agent") String position,
        @Schema(description = "A whole hour HH:00", required = true, example = "08:00") String from,
        @Schema(description = "A whole hour after from, 24:00 for midnight", required = true, example = "20:00") String to,
        @Schema(description = "1 to 100", required = true, example = "2") Integer minSeats) {
}
