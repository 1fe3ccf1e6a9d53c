package com.gasline.group.api.rest;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.media.Schema;

/** One version of a template; immutable once {@code status} is PUBLISHED. */
public record TemplateVersion(@Schema(example = "sla-policy") String kind, @Schema(example = "1") int version,
        @Schema(allowableValues = { "DRAFT", "PUBLISHED" }, example = "PUBLISHED") String status,
        @Schema(implementation = Object.class) JsonNode content, List<String> overridable, String note,
        OffsetDateTime createdAt, String createdBy, OffsetDateTime publishedAt) {
}
