package com.gasline.platform.internal.jobs;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gasline.platform.api.jobs.Job;
import com.gasline.platform.api.jobs.JobHandler;
import com.gasline.platform.api.jobs.JobPart;

/**
 * This node's workers: each claims a part of a type whose handler is here, runs it, records it, and looks
 * again. The platform's one pool for background work; leases are renewed while parts run, so only a
 * dead node's parts are taken over.
 */
@Component(service = JobRunner.class, immediate = true, configurationPid = "com.gasline.jobs")
@Designate(ocd = JobsConfig.class)
public class JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    private final JobStore store;
    private final JobSignal signal;
    private final Clock clock;
    private final JobsConfig config;
    private final String node;
    private final Map<String, JobHandler> handlers = new ConcurrentHashMap<>();
    private final ExecutorService workers;
    private final ScheduledExecutorService leases;
    private volatile boolean running = true;

    @Activate
    public JobRunner(@Reference JobStore store, @Reference JobSignal signal, @Reference Clock clock, JobsConfig config) {
        this.store = store;
        this.signal = signal;
        this.clock = clock;
        this.config = config;
        this.node = System.getProperty("karaf.name", "gasline") + "/" + UUID.randomUUID().toString().substring(0, 8);
        this.workers = Executors.newFixedThreadPool(config.workers(), r -> new Thread(r, "gasline-jobs"));
        this.leases = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "gasline-job-leases"));
        long renewEvery = Math.max(1, config.lease_seconds() / 3);
        leases.scheduleWithFixedDelay(this::renew, renewEvery, renewEvery, TimeUnit.SECONDS);
        leases.scheduleWithFixedDelay(this::purge, 1, 60, TimeUnit.MINUTES);
        for (int i = 0; i < config.workers(); i++) {
            workers.submit(this::work);
        }
        LOG.info("Job workers started on node {}: {} worker(s), lease {} s", node, config.workers(), config.lease_seconds());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindHandler(JobHandler handler) {
        handlers.put(handler.type(), handler);
        signal.wake();
    }

    void unbindHandler(JobHandler handler) {
        handlers.remove(handler.type(), handler);
    }

    @Deactivate
    void stop() throws InterruptedException {
        running = false;
        signal.wake();
        workers.shutdownNow();
        workers.awaitTermination(30, TimeUnit.SECONDS);
        leases.shutdownNow();
    }

    private void work() {
        while (running) {
            try {
                Optional<JobPart> claimed = store.claim(Set.copyOf(handlers.keySet()), node, now(), now().plusSeconds(config.lease_seconds()));
                if (claimed.isPresent()) {
                    run(claimed.get());
                } else {
                    signal.await(config.poll_millis());
                }
            } catch (InterruptedException stopping) {
                return;
            } catch (RuntimeException e) {
                // the database is away for a moment: wait and look again
                LOG.warn("Job worker on {}: {}", node, e.toString());
                pause();
            }
        }
    }

    private void run(JobPart part) {
        JobHandler handler = handlers.get(part.type());
        Map<String, Long> counters;
        try {
            if (handler == null) {
                store.release(part, node);
                return;
            }
            counters = handler.run(part);
        } catch (Exception e) {
            if (!running || handlers.get(part.type()) != handler) {
                // cut off by this node stopping or by the handler's bundle leaving: the work rolled back; give it back
                store.release(part, node);
                return;
            }
            LOG.error("Job {} ({}) of {} failed in part {}", part.jobId(), part.type(), part.tenant(), part.seq(), e);
            store.fail(part, node, reason(e), now());
            return;
        }
        store.complete(part, node, counters == null ? Map.of() : counters, now()).ifPresent(job -> finished(handler, job));
    }

    private static void finished(JobHandler handler, Job job) {
        LOG.info("Job {} ({}) of {} done: {} item(s), {}", job.id(), job.type(), job.tenant(), job.done(), job.counters());
        try {
            handler.finished(job);
        } catch (RuntimeException e) {
            LOG.warn("Job {} ({}) is done, but what its handler does after it failed: {}", job.id(), job.type(), e.toString());
        }
    }

    private void renew() {
        try {
            store.renew(node, now().plusSeconds(config.lease_seconds()));
        } catch (RuntimeException e) {
            LOG.warn("Could not renew the job leases of {}: {}", node, e.toString());
        }
    }

    private void purge() {
        try {
            store.purgePeriodic(now().minusDays(1));
        } catch (RuntimeException e) {
            LOG.warn("Could not purge old periodic jobs: {}", e.toString());
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private void pause() {
        try {
            Thread.sleep(config.poll_millis() * 4L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** For the shell and tests: which node this is. */
    public String node() {
        return node;
    }
}
