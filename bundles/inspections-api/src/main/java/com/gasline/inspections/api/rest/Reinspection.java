package com.gasline.inspections.api.rest;

import java.time.OffsetDateTime;
import java.util.List;

/** A re-inspection of a hazard, as recorded. */
public record Reinspection(OffsetDateTime at, String by, boolean fixed, String note, List<String> photoIds) {
}
