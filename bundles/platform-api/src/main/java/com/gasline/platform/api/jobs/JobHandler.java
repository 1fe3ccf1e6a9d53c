package com.gasline.platform.api.jobs;

import java.util.Map;

/**
 * Does the parts of one job type, registered as an OSGi service by the module that owns the work. While no
 * handler of a type is registered on a node (its bundle is being updated), that node claims none of its parts;
 * a part cut off by the handler's departure is queued again, not failed.
 */
public interface JobHandler {

    /** e.g. {@code metering.bill-run}: the module id, a dot, the work. */
    String type();

    /**
     * Does one part in the part's own transaction(s) and returns counters to add to the job's (e.g.
     * {@code billed=198, skipped=2}). Must be idempotent: it may run again after a crash. Throwing fails the
     * job with the exception's message as the reason; it can then be retried.
     */
    Map<String, Long> run(JobPart part) throws Exception;

    /**
     * Once the last part is done, on the node that did it: e.g. refresh the statistics of the tables the job filled.
     * The job is already DONE; a failure here is logged and changes nothing.
     */
    default void finished(Job job) {
    }
}
