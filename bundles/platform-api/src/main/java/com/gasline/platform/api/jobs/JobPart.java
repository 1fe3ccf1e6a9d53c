package com.gasline.platform.api.jobs;

import java.util.Map;

/** One part handed to a {@link JobHandler}; {@code attempt} is 1 the first time, more after a takeover or a retry. */
public record JobPart(String jobId, String tenant, String type, String actor, Map<String, String> params, int seq, String payload,
        int size, int attempt) {
}
