package com.gasline.group.api.rest;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** Which branches receive a published version: the listed ones, or every branch offered the kind when absent or empty. */
public record Issue(@ArraySchema(arraySchema = @Schema(description = "Branch codes; absent: every branch with the kind's module",
        example = "[\"east\"]")) List<String> branches) {
}
