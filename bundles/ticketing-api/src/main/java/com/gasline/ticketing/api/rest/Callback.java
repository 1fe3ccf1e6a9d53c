package com.gasline.ticketing.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** 回访: whether the customer was reached, satisfaction 1–5 and what they said. */
public record Callback(
        @Schema(description = "Defaults to true; false records an attempt", example = "true") Boolean reached,
        @Schema(description = "1 to 5; required when reached", example = "5") Integer satisfaction,
        @Schema(example = "师傅上门及时，问题已解决") String comment,
        @Schema(description = "Optimistic lock: the version last read (409 when stale; absent skips the check)", example = "3")
        Long version) {
}
