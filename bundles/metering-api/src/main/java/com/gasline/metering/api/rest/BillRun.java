package com.gasline.metering.api.rest;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Progress of a bill run: accounts {@code done} of {@code total}, rate per second and estimated seconds left;
 * {@code held} accounts were not billed because of an unreviewed anomaly (listed at {@code bill-runs/{id}/held}).
 */
public record BillRun(
        String id, String period, String routeId,
        @Schema(allowableValues = { "QUEUED", "RUNNING", "DONE", "FAILED", "CANCELLED" }) String status,
        int total, int done, int billed, int skipped, double ratePerSecond, Long etaSeconds, OffsetDateTime startedAt,
        OffsetDateTime finishedAt, int held) {
}
