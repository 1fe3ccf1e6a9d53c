package com.gasline.inspections.api.rest;

import java.time.LocalDate;

/** Rectification reminders sent for open hazards due by {@code dueBy}: each hazard's customer is reminded once. */
public record Reminded(LocalDate dueBy, int reminded) {
}
