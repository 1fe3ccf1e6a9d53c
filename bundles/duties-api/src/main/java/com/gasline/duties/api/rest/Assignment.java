package com.gasline.duties.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

public record Assignment(
        @Schema(description = "Shift code", required = true, example = "day") String shift,
        @Schema(required = true, example = "zhang.san") String username) {
}
