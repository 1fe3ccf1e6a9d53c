package com.gasline.platform.internal.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.gasline.platform.internal.rest.ServedRequest;
import com.gasline.platform.internal.tenant.ModuleWhiteboard;

class RequestMetricsTest {

    private final Metrics metrics = new Metrics();

    @AfterEach
    void close() {
        metrics.close();
    }

    @Test
    void aServedRequestIsCountedTimedAndBucketedInPrometheusText() {
        RequestMetrics requests = new RequestMetrics(metrics, new ModuleWhiteboard(null));
        requests.served(new ServedRequest("GET", "/api/v1/health", null, null, 200, 3_000_000));
        requests.served(new ServedRequest("GET", "/api/v1/health", null, null, 200, 40_000_000));

        String text = metrics.scrape();
        assertTrue(text.contains("gasline_http_requests_seconds_count{method=\"GET\",module=\"platform\",status=\"200\"} 2"), text);
        assertTrue(text.contains("gasline_http_requests_seconds_bucket{method=\"GET\",module=\"platform\",status=\"200\",le=\"0.005\"} 1"), text);
        assertTrue(text.contains("gasline_http_requests_seconds_bucket{method=\"GET\",module=\"platform\",status=\"200\",le=\"0.05\"} 2"), text);
        assertTrue(text.contains("jvm_memory_used_bytes"), "JVM meters are bound too");
    }

    @Test
    void labelsStayBoundedWhateverThePath() {
        Set<String> modules = Set.of("notices");
        assertEquals("notices", RouteLabels.module("/v1/tenants/east/notices/42", modules::contains));
        assertEquals("notices", RouteLabels.module("/v1/tenants/east/notices", modules::contains));
        assertEquals("platform", RouteLabels.module("/v1/tenants/east/made-up-1234", modules::contains));
        assertEquals("platform", RouteLabels.module("/v1/tenants/east", modules::contains));
        assertEquals("platform", RouteLabels.module("/v1/admin/tenants", modules::contains));
        assertEquals("platform", RouteLabels.module(null, modules::contains));
        assertEquals("GET", RouteLabels.method("GET"));
        assertEquals("OTHER", RouteLabels.method("PROPFIND"));
        assertEquals("404", RouteLabels.status(404));
        assertEquals("500", RouteLabels.status(0));
    }

    @Test
    void aCachedValueIsReadOnceWithinItsAgeAndSurvivesAFailedRead() {
        int[] reads = { 0 };
        Cached<Integer> cached = new Cached<>(() -> {
            reads[0]++;
            if (reads[0] > 1) {
                throw new IllegalStateException("database down");
            }
            return 7;
        }, 0);
        assertEquals(7, cached.get());
        assertEquals(7, cached.get());
        assertEquals(1, reads[0]);
    }
}
