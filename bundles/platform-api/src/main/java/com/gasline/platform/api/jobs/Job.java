package com.gasline.platform.api.jobs;

import java.time.OffsetDateTime;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A job as its owner sees it: QUEUED, RUNNING, DONE, FAILED (with the reason) or CANCELLED; progress in
 * items ({@code done} of {@code total}), items per second and the seconds left at that rate.
 */
public record Job(
        String id, String tenant, String type,
        @Schema(allowableValues = { "QUEUED", "RUNNING", "DONE", "FAILED", "CANCELLED" }) String status,
        String actor, Map<String, String> params, long total, long done, int parts, int partsDone, Map<String, Long> counters, Double rate,
        Long etaSeconds, String error, OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt) {

    public static final String QUEUED = "QUEUED";
    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";
    public static final String CANCELLED = "CANCELLED";

    public long counter(String name) {
        return counters.getOrDefault(name, 0L);
    }

    public boolean ended() {
        return DONE.equals(status) || FAILED.equals(status) || CANCELLED.equals(status);
    }
}
