package com.gasline.inspections.api.rest;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** A hazard found on an inspected visit, for a checklist item answered HAZARD. */
public record NewHazard(
        @Schema(required = true, example = "HOSE_AGE") CheckItem item,
        @Schema(required = true, example = "SERIOUS") HazardGrade grade,
        @Schema(required = true, example = "灶具连接胶管老化龟裂，需更换为金属波纹管") String description,
        @ArraySchema(arraySchema = @Schema(description = "Ids of uploaded photos (attachments)",
                example = "[\"5f0c7a9e-3b1d-4c47-9a51-2d7c1f3e8a10\"]"))
        List<String> photoIds,
        @Schema(description = "Only for CRITICAL: ask accounts to suspend the supply (停气)", example = "false") Boolean suspendSupply) {
}
