package com.gasline.accounts.api.rest;

import java.time.OffsetDateTime;
import java.util.List;

/** A CSV archive import: rows done so far, rows imported, rows refused with their errors. */
public record ImportJob(String id, String status, int total, int done, int imported, int failed,
        OffsetDateTime startedAt, OffsetDateTime finishedAt, List<ImportRowError> errors) {
}
