package com.gasline.accounts.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The branch's account numbering rule, e.g. {@code DQ{yyyy}{seq:6}}: literal text, {@code {yyyy}} /
 * {@code {yy}} (year of opening) and exactly one {@code {seq:N}} (serial, N digits, per rendered prefix).
 */
public record NumberingRule(
        @Schema(required = true, example = "DQ{yyyy}{seq:6}") String pattern,
        @Schema(description = "Optimistic lock: the version last read (409 when stale; absent skips the check)", example = "3")
        Long version) {
}
