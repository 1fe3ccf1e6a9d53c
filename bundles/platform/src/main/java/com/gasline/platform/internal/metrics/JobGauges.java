package com.gasline.platform.internal.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.jobs.Job;
import com.gasline.platform.internal.jobs.JobStore;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;

/** {@code gasline_jobs{state=…}}: jobs queued, running and failed over the whole cluster (they are rows in the database). */
@Component(service = JobGauges.class, immediate = true)
public class JobGauges {

    private final Metrics metrics;
    private final List<Meter> gauges = new ArrayList<>();

    @Activate
    public JobGauges(@Reference Metrics metrics, @Reference JobStore jobs) {
        this.metrics = metrics;
        Cached<Map<String, Long>> counts = new Cached<>(jobs::countByStatus, Map.of());
        for (String state : List.of(Job.QUEUED, Job.RUNNING, Job.FAILED)) {
            gauges.add(Gauge.builder("gasline.jobs", counts, c -> c.get().getOrDefault(state, 0L))
                    .description("Jobs in this state, every branch and node")
                    .tag("state", state.toLowerCase(Locale.ROOT))
                    .strongReference(true)
                    .register(metrics.registry()));
        }
    }

    /** A gauge keeps its source: a later activation must register its own. */
    @Deactivate
    void stop() {
        gauges.forEach(metrics.registry()::remove);
    }
}
