package com.gasline.duties.api.rest;

/** Rounds due, done and the rate for a task on a day, overall ({@code username} null) or per person. */
public record Compliance(String taskId, String task, String username, int due, int done, double rate) {
}
