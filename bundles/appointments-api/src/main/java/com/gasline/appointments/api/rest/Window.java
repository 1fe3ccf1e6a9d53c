package com.gasline.appointments.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** A visit window of every day ({@code starts}/{@code ends} HH:mm), with how many visits the branch's technicians can make in it. */
public record Window(
        @Schema(description = "1–8 capital letters or digits", required = true, example = "AM") String code,
        @Schema(description = "HH:mm", required = true, example = "09:00") String starts,
        @Schema(description = "HH:mm, after starts on the same day", required = true, example = "12:00") String ends,
        @Schema(description = "Visits the window takes, 0–50", required = true, example = "3") Integer capacity) {
}
