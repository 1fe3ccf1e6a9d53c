package com.gasline.metering.api.rest;

import java.util.List;

import com.gasline.platform.api.problem.FieldError;

/** Per-item answer of {@code POST /readings:bulk}: 201 with the reading, or 400/404/422 with the reasons. */
public record ReadingResult(int index, int status, Reading reading, String detail, List<FieldError> errors) {
}
