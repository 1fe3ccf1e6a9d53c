package com.gasline.metering.api.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A branch's metering rules. {@code highFactor}: a consumption above this × the meter's average per reading
 * is a 用气异常; {@code rolloverFactor}: a rollover is plausible only up to this × the average;
 * {@code firstReadingCapM3}: per customer category, the most a rollover may imply on a meter with no history;
 * {@code estimateReadings}: how many past actual readings an estimate (估抄) averages. On a PUT a field left
 * out keeps its value; {@code updatedBy} and {@code updatedAt} tell who saved the version in force.
 */
public record MeteringSettings(
        @Schema(description = "1 to 100, up to 2 decimals", example = "3") BigDecimal highFactor,
        @Schema(description = "1 to 100, up to 2 decimals", example = "3") BigDecimal rolloverFactor,
        @Schema(description = "By customer category; more than 0, up to 3 decimals",
                example = "{\"RESIDENTIAL\": 500, \"COMMERCIAL\": 5000}")
        Map<String, BigDecimal> firstReadingCapM3,
        @Schema(description = "1 to 24", example = "3") Integer estimateReadings,
        @Schema(description = "Set by the server", example = "zhou.min", accessMode = Schema.AccessMode.READ_ONLY) String updatedBy,
        @Schema(description = "Set by the server", example = "2026-11-20T09:30:00+08:00", accessMode = Schema.AccessMode.READ_ONLY)
        OffsetDateTime updatedAt) {
}
