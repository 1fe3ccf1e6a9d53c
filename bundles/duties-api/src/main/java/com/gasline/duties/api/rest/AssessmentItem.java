package com.gasline.duties.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** A manual assessment item ({@code id} given by the server): points (+/-) for a staff member in a month (YYYY-MM), and why. */
public record AssessmentItem(
        @Schema(description = "Set by the server", example = "6a1f3c5e-2b4d-4f6a-8c1e-3d5f7a9b1c2e",
                accessMode = Schema.AccessMode.READ_ONLY)
        String id,
        @Schema(required = true, example = "zhang.san") String username,
        @Schema(description = "YYYY-MM", required = true, example = "2026-11") String month,
        @Schema(description = "-50 to 50", required = true, example = "5") Integer points,
        @Schema(required = true, example = "收到用户表扬信 1 封") String reason) {
}
