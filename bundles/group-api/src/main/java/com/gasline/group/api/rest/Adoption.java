package com.gasline.group.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** A branch takes an issued version, or the newest one issued to it and every later one when {@code followLatest}. */
public record Adoption(@Schema(description = "An issued version; absent: the newest issued to the branch", example = "1") Integer version,
        @Schema(description = "Adopt each later version as soon as it is issued to the branch", example = "false") Boolean followLatest) {
}
