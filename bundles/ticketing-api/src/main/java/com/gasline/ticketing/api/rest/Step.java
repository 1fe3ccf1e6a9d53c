package com.gasline.ticketing.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** Body of {@code /start}, {@code /reply}, {@code /resolve}, {@code /reopen}, {@code /close}: a note and the version seen. */
public record Step(
        @Schema(description = "Required for /reply and /reopen; at most 2000 characters", example = "已电话告知用户处理结果") String note,
        @Schema(description = "Optimistic lock: the version last read (409 when stale; absent skips the check)", example = "3")
        Long version) {
}
