package com.gasline.metering.api.rest;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/** One recorded 催缴 step ({@code id} given by the server): REMINDER, DEMAND_LETTER, HOME_VISIT or LEGAL, what was owed then, by whom. */
public record DunningStep(
        @Schema(description = "Set by the server", example = "2b7e4f1a-9c3d-4e5f-8a6b-1d2c3e4f5a6b",
                accessMode = Schema.AccessMode.READ_ONLY)
        String id,
        @Schema(required = true, allowableValues = { "REMINDER", "DEMAND_LETTER", "HOME_VISIT", "LEGAL" }, example = "REMINDER")
        String step,
        @Schema(example = "电话提醒，用户承诺本周内缴清") String note,
        @Schema(description = "Set by the server", example = "15800", accessMode = Schema.AccessMode.READ_ONLY) long owedFen,
        @Schema(description = "Set by the server", example = "35", accessMode = Schema.AccessMode.READ_ONLY) int daysOverdue,
        @Schema(description = "Set by the server", example = "zhao.lei", accessMode = Schema.AccessMode.READ_ONLY) String by,
        @Schema(description = "Set by the server", example = "2026-11-20T10:15:00+08:00", accessMode = Schema.AccessMode.READ_ONLY)
        OffsetDateTime at) {
}
