package com.gasline.duties.api.rest;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** 培训记录, e.g. 岗前培训: the course, hours and result. */
public record Training(
        @Schema(required = true, example = "2024-03-05") LocalDate trainedOn,
        @Schema(required = true, example = "岗前培训") String course,
        @Schema(description = "More than 0", example = "16") Integer hours,
        @Schema(example = "考核合格") String result) {
}
