package com.gasline.metering.api.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A branch's metering rules. {@code highFactor}: a consumption above this × the meter's average per reading
 * is a 用气异常; {@code rolloverFactor}: a rollover is plausible only up to this × the average;
 * {@code firstReadingCapM3}: per customer category, the most a rollover may imply on a meter with no history;
 * {@code estimateReadings}: how many past actual readings an estimate (估抄) averages. On a PUT a field left
 * out keeps its value; {@code updatedBy} and {@code updatedAt} tell who saved the version in force.
 */
public record MeteringSettings(BigDecimal highFactor, BigDecimal rolloverFactor, Map<String, BigDecimal> firstReadingCapM3,
        Integer estimateReadings, String updatedBy, OffsetDateTime updatedAt) {
}
