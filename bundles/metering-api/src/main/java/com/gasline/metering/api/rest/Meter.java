package com.gasline.metering.api.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** A meter with its last reading; a replaced meter keeps its final reading and names its successor. */
public record Meter(
        String serial, String accountNo, MeterType type, int digits, LocalDate installedOn, BigDecimal initialReading,
        @Schema(allowableValues = { "ACTIVE", "REPLACED", "REMOVED" }) String status,
        BigDecimal lastReading, LocalDate lastReadOn, String routeId, String replacedBy, BigDecimal finalReading, long version) {
}
