package com.gasline.accounts.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Body of {@code /install}, {@code /activate} (点火通气 or resumption), {@code /suspend}: why, and the
 * {@code version} the clerk saw (409 when someone changed the account meanwhile).
 */
public record StateChange(
        @Schema(description = "Required for /suspend; at most 300 characters", example = "用户外出务工，申请暂停供气") String reason,
        @Schema(description = "Optimistic lock: the version last read (409 when stale; absent skips the check)", example = "3")
        Long version) {
}
