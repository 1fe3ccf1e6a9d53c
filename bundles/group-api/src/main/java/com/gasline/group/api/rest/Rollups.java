package com.gasline.group.api.rest;

import java.time.LocalDate;
import java.util.List;

/** The branches side by side for a period: counts and rates only, no customer data. */
public record Rollups(LocalDate from, LocalDate to, List<Measure> measures, List<BranchFigures> branches) {
}
