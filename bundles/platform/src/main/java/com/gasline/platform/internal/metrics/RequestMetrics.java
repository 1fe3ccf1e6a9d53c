package com.gasline.platform.internal.metrics;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.internal.rest.RequestListener;
import com.gasline.platform.internal.rest.ServedRequest;
import com.gasline.platform.internal.tenant.ModuleWhiteboard;

import io.micrometer.core.instrument.Timer;

/**
 * {@code gasline_http_requests_seconds{module, method, status}}: a count, a sum and a latency histogram of the
 * API's requests per module (buckets from 5 ms to 10 s).
 */
@Component(service = RequestMetrics.class)
public class RequestMetrics implements RequestListener {

    static final String NAME = "gasline.http.requests";
    private static final Duration[] BUCKETS = { Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10) };

    private final Metrics metrics;
    private final ModuleWhiteboard modules;

    @Activate
    public RequestMetrics(@Reference Metrics metrics, @Reference ModuleWhiteboard modules) {
        this.metrics = metrics;
        this.modules = modules;
    }

    @Override
    public void served(ServedRequest r) {
        Timer.builder(NAME)
                .description("Requests the API answered")
                .tag("module", RouteLabels.module(r.apiPath(), modules::known))
                .tag("method", RouteLabels.method(r.method()))
                .tag("status", RouteLabels.status(r.status()))
                .serviceLevelObjectives(BUCKETS)
                .register(metrics.registry())
                .record(r.nanos(), TimeUnit.NANOSECONDS);
    }
}
