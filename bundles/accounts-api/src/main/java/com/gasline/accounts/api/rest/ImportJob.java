package com.gasline.accounts.api.rest;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A CSV archive import: rows done so far, rows imported, rows refused with their errors. */
public record ImportJob(
        String id,
        @Schema(allowableValues = { "QUEUED", "RUNNING", "DONE", "FAILED", "CANCELLED" }) String status,
        int total, int done, int imported, int failed, OffsetDateTime startedAt, OffsetDateTime finishedAt, List<ImportRowError> errors) {
}
