package com.gasline.platform.api.jobs;

import java.util.Optional;

import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;

/**
 * Long or periodic work as rows in the database, shared by every node of a cluster: a job is split into
 * parts, each part is claimed by one worker ({@code FOR UPDATE SKIP LOCKED} on PostgreSQL) under a lease,
 * and a part whose node died is taken over when its lease runs out. Parts must be idempotent (natural
 * unique keys), because a part cut off after its work committed is done again. The work itself is done by
 * the {@link JobHandler} registered for the job's type.
 */
public interface Jobs {

    /** Queues the job and its parts in one transaction; a request whose {@code key} was submitted before returns that job. */
    Job submit(JobRequest request);

    /** Empty for a job of another tenant, as for one that does not exist. */
    Optional<Job> find(String tenant, String id);

    /** The tenant's jobs, newest first, optionally of one type. */
    Page<Job> list(String tenant, String type, PageRequest page);

    /** Stops a queued or running job: no further part starts; a part already running finishes. 409 when it already ended. */
    Job cancel(String tenant, String id);

    /** Queues the failed or cancelled parts of a FAILED or CANCELLED job again. 409 for a job in another state. */
    Job retry(String tenant, String id);
}
