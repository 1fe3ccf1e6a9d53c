package com.gasline.inspections.api.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An inspection plan (安检计划): the accounts of an area due in a period, one inspection each. */
public record Plan(String id, String area, LocalDate periodStart, LocalDate periodEnd, int planned, String createdBy,
        OffsetDateTime createdAt) {
}
