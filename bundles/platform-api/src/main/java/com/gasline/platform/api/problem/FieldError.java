package com.gasline.platform.api.problem;

/** One invalid field of a request body or query: which field, what is wrong. */
public record FieldError(String field, Text message) {
}
