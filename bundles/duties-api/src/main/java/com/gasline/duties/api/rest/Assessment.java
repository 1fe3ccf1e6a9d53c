package com.gasline.duties.api.rest;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A staff member's score for the month, its parts, and the rank within the position over the last three
 * months; {@code band} TOP or BOTTOM for the flagged bands.
 */
public record Assessment(
        String username, String name, String position, String month, double score, Map<String, Double> parts, double threeMonthScore,
        int rank, int rankedOf,
        @Schema(description = "Top or bottom of the ranking within the position; null in between", allowableValues = { "TOP", "BOTTOM" })
        String band) {
}
