package com.gasline.cylinders.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** Why: the reason of a reject (不合格剔除) or of sending to inspection. */
public record Note(
        @Schema(description = "Required to reject; at most 500 characters", example = "瓶阀漏气，护罩变形") String reason) {
}
