package com.gasline.inspections.api.rest;

import java.time.LocalDate;

/** A plan's coverage: how many of its households were inspected, not reached or refused, and its hazards. */
public record CoverageLine(String planId, String area, LocalDate periodStart, LocalDate periodEnd, int planned, int inspected,
        int noAccess, int unreachable, int refused, int pending, int hazardsOpen, int hazardsOverdue) {
}
