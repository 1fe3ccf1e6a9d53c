package com.gasline.inspections.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** One checklist line of an inspected visit. */
public record CheckedItem(
        @Schema(required = true, example = "HOSE_AGE") CheckItem item,
        @Schema(required = true, example = "HAZARD") Outcome outcome,
        @Schema(example = "胶管已使用 3 年，表面龟裂") String note) {
}
