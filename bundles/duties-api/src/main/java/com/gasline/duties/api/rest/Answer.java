package com.gasline.duties.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** The incoming shift's answer: a dispute needs a reason; an annotation is free text. */
public record Answer(
        @Schema(required = true, example = "交班现金与记录不符，少 50 元") String reason) {
}
