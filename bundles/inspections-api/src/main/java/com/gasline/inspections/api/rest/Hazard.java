package com.gasline.inspections.api.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A hazard (隐患) with its deadline, whether it is overdue today, and its re-inspections. */
public record Hazard(String id, String inspectionId, String accountNo, String area, CheckItem item, HazardGrade grade, String description,
        List<String> photoIds, HazardStatus status, LocalDate deadline, boolean overdue, boolean supplySuspended, String recordedBy,
        OffsetDateTime recordedAt, List<Reinspection> reinspections) {
}
