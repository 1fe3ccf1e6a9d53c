package com.gasline.platform.api.jobs;

import java.util.List;
import java.util.Map;

/**
 * A job to queue. {@code id} may be given when the caller keeps its own record under the same id (null: a
 * new UUID); {@code tenant} is null for group-level work; {@code key}, when not null, makes the submission
 * idempotent (e.g. one escalation sweep per minute however many nodes ask for it).
 */
public record JobRequest(String id, String tenant, String type, String actor, Map<String, String> params, String key,
        List<PartPlan> parts) {

    public JobRequest {
        params = Map.copyOf(params);
        parts = List.copyOf(parts);
    }

    /** One part: what the handler needs to find its work again ({@code payload}), and how many items it counts for. */
    public record PartPlan(String payload, int size) {
    }
}
