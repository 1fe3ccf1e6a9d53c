package com.gasline.platform.internal.jobs;

import org.osgi.service.component.annotations.Component;

/**
 * Wakes this node's idle workers when a job is submitted here, so local work starts at once; work
 * submitted on another node is found by the workers' poll.
 */
@Component(service = JobSignal.class)
public class JobSignal {

    private final Object monitor = new Object();
    private long generation;

    void wake() {
        synchronized (monitor) {
            generation++;
            monitor.notifyAll();
        }
    }

    /** Waits until {@link #wake()} or the timeout. */
    void await(long millis) throws InterruptedException {
        synchronized (monitor) {
            long seen = generation;
            long deadline = System.currentTimeMillis() + millis;
            while (generation == seen) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return;
                }
                monitor.wait(left);
            }
        }
    }
}
