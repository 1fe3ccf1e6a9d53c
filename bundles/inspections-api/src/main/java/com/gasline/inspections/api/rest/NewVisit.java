package com.gasline.inspections.api.rest;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /inspections/{id}/visits}: what a notified visit found. INSPECTED answers every checklist item and
 * lists a hazard for each HAZARD; REFUSED (拒检) gives the customer's reason; NO_ACCESS (到访不遇) needs neither.
 */
public record NewVisit(
        @Schema(required = true, example = "INSPECTED") VisitResult result,
        @Schema(description = "Defaults to now; not in the future", example = "2026-11-20T18:40:00+08:00") OffsetDateTime visitedAt,
        @ArraySchema(arraySchema = @Schema(description = "Every checklist item once, for INSPECTED",
                example = "[{\"item\":\"LEAK_JOINTS\",\"outcome\":\"OK\"},{\"item\":\"LEAK_METER\",\"outcome\":\"OK\"},{\"item\":\"HOSE_AGE\",\"outcome\":\"HAZARD\"},"
                        + "{\"item\":\"HOSE_CLAMPS\",\"outcome\":\"OK\"},{\"item\":\"VALVE\",\"outcome\":\"OK\"},{\"item\":\"VENTILATION\",\"outcome\":\"OK\"},"
                        + "{\"item\":\"WATER_HEATER_FLUE\",\"outcome\":\"OK\"},{\"item\":\"COOKER_FLAMEOUT\",\"outcome\":\"OK\"},{\"item\":\"ILLEGAL_MODIFICATION\",\"outcome\":\"OK\"}]"))
        List<CheckedItem> checklist,
        @ArraySchema(arraySchema = @Schema(description = "One per HAZARD item",
                example = "[{\"item\":\"HOSE_AGE\",\"grade\":\"SERIOUS\",\"description\":\"胶管老化龟裂\"}]"))
        List<NewHazard> hazards,
        @Schema(description = "Required for REFUSED: the customer's reason", example = "户主称家中老人身体不适，拒绝入户") String refusalReason,
        @Schema(description = "Id of the customer's signature (an attachment)", example = "9b1e2c3d-4a5b-4c6d-8e7f-0a1b2c3d4e5f")
        String signatureId,
        @Schema(example = "已向用户宣传安全用气常识") String note) {
}
