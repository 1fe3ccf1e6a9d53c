package com.gasline.duties.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** A shift pattern: {@code starts}/{@code ends} HH:mm (ends before starts: it runs past midnight); season ALL, SUMMER (May–Sep) or WINTER. */
public record Shift(
        @Schema(description = "Lower-case letters, digits or -", required = true, example = "day") String code,
        @Schema(required = true, example = "白班") String name,
        @Schema(description = "HH:mm", required = true, example = "08:30") String starts,
        @Schema(description = "HH:mm, not starts; before starts: runs past midnight", required = true, example = "16:30") String ends,
        @Schema(description = "Defaults to ALL; SUMMER is May–September", allowableValues = { "ALL", "SUMMER", "WINTER" },
                example = "WINTER")
        String season) {
}
