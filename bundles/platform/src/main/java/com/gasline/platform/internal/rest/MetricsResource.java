package com.gasline.platform.internal.rest;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.internal.metrics.Metrics;

/**
 * {@code GET /api/metrics}: the node's meters in Prometheus' text format. Who may read it is decided in
 * {@link AuthFilter} (a trusted scraper's address, else a group admin's token), hence {@code @PermitAll} here.
 */
@Path(MetricsResource.PATH)
@Component(service = MetricsResource.class)
public class MetricsResource {

    static final String PATH = "metrics";
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final Metrics metrics;

    @Activate
    public MetricsResource(@Reference Metrics metrics) {
        this.metrics = metrics;
    }

    @GET
    @PermitAll
    @Produces(PROMETHEUS_TEXT)
    public String scrape() {
        return metrics.scrape();
    }
}
