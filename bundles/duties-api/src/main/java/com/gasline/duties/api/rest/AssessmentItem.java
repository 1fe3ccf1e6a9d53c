package com.gasline.duties.api.rest;

/** A manual assessment item ({@code id} given by the server): points (+/-) for a staff member in a month (YYYY-MM), and why. */
public record AssessmentItem(String id, String username, String month, Integer points, String reason) {
}
