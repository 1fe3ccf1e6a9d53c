package com.gasline.client;

import com.gasline.platform.api.jobs.Job;

/** The background jobs of one branch (imports, bill runs): progress, cancel and retry. */
public final class JobsClient {

    private final Transport http;
    private final String base;

    JobsClient(Transport http, String base) {
        this.http = http;
        this.base = base;
    }

    /** The branch's jobs, newest first; {@code type} (e.g. {@code metering.bill-run}) null for all. */
    public Page<Job> jobs(String type, int page, int size) {
        return http.page(base, Query.of("type", type).paged(page, size), Job.class);
    }

    public Job job(String id) {
        return http.get(base + "/" + Query.segment(id), Job.class);
    }

    public Job cancel(String id) {
        return http.send("POST", base + "/" + Query.segment(id) + "/cancel", null, Job.class);
    }

    /** Runs a failed or cancelled job again. */
    public Job retry(String id) {
        return http.send("POST", base + "/" + Query.segment(id) + "/retry", null, Job.class);
    }
}
