package com.gasline.duties.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How the monthly assessment (考核) scores and bands a branch's staff: everyone starts from {@code base}, gains up
 * to {@code onTimePoints} by the share of their resolved tickets resolved on time and up to {@code satisfactionPoints}
 * either way by their callbacks' mean satisfaction (1–5, from 3), plus the manual items; a position of at least
 * {@code minForBands} people has its top and bottom {@code bandPercent}% (at least one each) flagged.
 */
public record AssessmentScheme(
        @Schema(description = "0 to 1000 points", required = true, example = "100") Integer base,
        @Schema(description = "0 to 50 points", required = true, example = "10") Integer onTimePoints,
        @Schema(description = "0 to 50 points either way", required = true, example = "10") Integer satisfactionPoints,
        @Schema(description = "1 to 50 per cent at each end", required = true, example = "10") Integer bandPercent,
        @Schema(description = "2 to 1000 people", required = true, example = "5") Integer minForBands) {
}
