package com.gasline.duties.api.rest;

/** 巡检 task: every {@code intervalMinutes} during the shift, for the staff of the position. */
public record CheckTask(String id, String name, String position, String shift, Integer intervalMinutes) {
}
