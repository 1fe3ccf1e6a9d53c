package com.gasline.inspections.api.rest;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** {@code POST /hazards/{id}/reinspections} (复查): whether the hazard is fixed, with what was seen. */
public record NewReinspection(
        @Schema(required = true, example = "true") Boolean fixed,
        @Schema(required = true, example = "已更换为金属波纹管，检漏合格") String note,
        @ArraySchema(arraySchema = @Schema(description = "Ids of uploaded photos (attachments)",
                example = "[\"0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f\"]"))
        List<String> photoIds) {
}
