package com.gasline.inspections.api.rest;

import java.time.LocalDate;
import java.util.List;

/** Coverage of the plans whose period overlaps from–to, a line per plan (area and period). */
public record CoverageReport(LocalDate from, LocalDate to, List<CoverageLine> plans) {
}
