package com.gasline.inspections.api.rest;

import java.time.OffsetDateTime;
import java.util.List;

/** A visit as recorded; never changed afterwards. */
public record Visit(int attempt, VisitResult result, OffsetDateTime visitedAt, String inspector, List<CheckedItem> checklist,
        List<String> hazardIds, String refusalReason, String signatureId, String note) {
}
