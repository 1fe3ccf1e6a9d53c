package com.gasline.duties.api.rest;

/** A manual assessment item: points (+/-) for a staff member in a month (YYYY-MM), and why. */
public record AssessmentItem(String username, String month, Integer points, String reason) {
}
