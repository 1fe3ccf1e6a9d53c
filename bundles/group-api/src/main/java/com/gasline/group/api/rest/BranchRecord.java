package com.gasline.group.api.rest;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.media.Schema;

/** One recorded step of a branch's template: an adoption or an override; never edited, a later step supersedes it. */
public record BranchRecord(String branch, String kind, int seq, @Schema(allowableValues = { "ADOPTED", "OVERRIDDEN" }) String action,
        Integer version, Boolean followLatest, String item, @Schema(implementation = Object.class) JsonNode value, OffsetDateTime at, String by) {
}
