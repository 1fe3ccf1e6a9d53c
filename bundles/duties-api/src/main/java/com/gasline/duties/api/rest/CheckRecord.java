package com.gasline.duties.api.rest;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** One round of a check: the slot (HH:mm) it was due, done or missed, by whom. */
public record CheckRecord(
        @Schema(description = "Defaults to today", example = "2026-11-20") LocalDate dayOn,
        @Schema(description = "HH:mm the round was due", required = true, example = "08:15") String slot,
        @Schema(required = true, example = "true") Boolean done,
        @Schema(example = "仪表读数正常") String note,
        @Schema(description = "Set by the server", example = "zhang.san", accessMode = Schema.AccessMode.READ_ONLY) String by) {
}
