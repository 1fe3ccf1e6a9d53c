package com.gasline.itests;

import static com.gasline.itests.Api.expect;
import static com.gasline.itests.Api.expectField;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;

import com.gasline.itests.Api.Reply;

/** What an operator on call sees: Prometheus metrics, liveness and readiness, the access log, CORS when configured. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OperationsIT {

    private static final String CONSOLE = "https://console.example.com";

    @Inject
    private BundleContext context;

    @Inject
    private ConfigurationAdmin configs;

    private final Api api = new Api();

    @Configuration
    public Option[] config() {
        return GaslineContainer.options();
    }

    @Test
    public void metricsCountAModulesRequestsAndShowJobsPoolAndTenants() throws Exception {
        api.awaitHealthy();
        String admin = api.adminToken();
        String branch = api.onboard(admin, "opsmetrics", "ops-admin", "notices");
        expect(200, api.get("/v1/tenants/opsmetrics/notices", branch));
        expect(200, api.get("/v1/tenants/opsmetrics/notices", branch));

        Reply metrics = api.get("/metrics", null);
        assertEquals("a scraper on this host needs no token", 200, metrics.status());
        assertTrue(metrics.contentType(), metrics.contentType().startsWith("text/plain"));
        String text = metrics.raw().body();
        assertTrue(text, value(text, "gasline_http_requests_seconds_count{method=\"GET\",module=\"notices\",status=\"200\"}") >= 2);
        assertTrue(text, text.contains("gasline_http_requests_seconds_bucket{method=\"GET\",module=\"notices\",status=\"200\",le=\"0.1\"}"));
        assertTrue("no tenant in any label", !text.contains("opsmetrics"));
        assertEquals(0, value(text, "gasline_jobs{state=\"failed\"}"), 0);
        assertTrue(text, value(text, "gasline_jobs{state=\"running\"}") >= 0);
        assertEquals("the pool of etc/org.ops4j.datasource-gasline.cfg", 16, value(text, "gasline_db_pool_max"), 0);
        assertTrue(text, value(text, "gasline_db_pool_connections{state=\"idle\"}") >= 0);
        assertTrue(text, value(text, "gasline_tenants{status=\"active\"}") >= 1);
        assertEquals(Api.ALL_MODULES.size(), value(text, "gasline_modules_active"), 0);

        // with no trusted address, only a group admin's token reads the metrics
        update("com.gasline.metrics", "scrape.addresses", "");
        awaitStatus(401, () -> api.get("/metrics", null));
        expect(403, api.get("/metrics", branch));
        expect(200, api.get("/metrics", admin));
        update("com.gasline.metrics", "scrape.addresses", "127.0.0.1, ::1");
        awaitStatus(200, () -> api.get("/metrics", null));
    }

    @Test
    public void readyOnlyWhileEveryEnabledModuleIsActiveAndLiveThroughout() throws Exception {
        api.awaitHealthy();
        String admin = api.adminToken();
        api.onboard(admin, "opsready", "ready-admin", "notices");
        Reply ready = expect(200, api.get("/v1/health/ready", null));
        assertEquals("/api/docs", ready.json().path("docs").asText());

        Bundle module = Services.bundle(context, "gasline-example-notice-board");
        module.stop();
        try {
            expectField(503, "modules.notices", api.get("/v1/health/ready", null));
            assertEquals("5", api.get("/v1/health/ready", null).header("Retry-After"));
            expect(200, api.get("/v1/health/live", null));
            Reply health = expect(200, api.get("/v1/health", null));
            assertEquals("scripts keep their health: 200 while the database answers", "UP", health.json().path("status").asText());
            assertEquals(false, health.json().path("ready").asBoolean());
            assertTrue("a script grepping for the module does not find it", !health.raw().body().contains("\"notices\""));
        } finally {
            module.start();
        }
        Services.awaitModules(context, List.of("notices"));
        awaitStatus(200, () -> api.get("/v1/health/ready", null));
    }

    @Test
    public void corsIsOffUntilAnOriginIsConfigured() throws Exception {
        api.awaitHealthy();
        String admin = api.adminToken();
        Reply off = expect(200, api.call("GET", "/v1/health", null, null, "Origin", CONSOLE));
        assertNull(off.header("Access-Control-Allow-Origin"));
        expect(401, preflight());

        update("com.gasline.cors", "allowed.origins", CONSOLE);
        Reply preflight = awaitStatus(204, this::preflight);
        assertEquals(CONSOLE, preflight.header("Access-Control-Allow-Origin"));
        assertTrue(preflight.header("Access-Control-Allow-Methods"), preflight.header("Access-Control-Allow-Methods").contains("POST"));
        assertTrue(preflight.header("Access-Control-Allow-Headers"), preflight.header("Access-Control-Allow-Headers").contains("Authorization"));
        Reply on = expect(200, api.call("GET", "/v1/admin/tenants", admin, null, "Origin", CONSOLE));
        assertEquals(CONSOLE, on.header("Access-Control-Allow-Origin"));
        assertNull("another origin gets nothing", api.call("GET", "/v1/health", null, null, "Origin", "https://evil.example.com")
                .header("Access-Control-Allow-Origin"));
        update("com.gasline.cors", "allowed.origins", "");
        awaitStatus(401, this::preflight);
    }

    @Test
    public void everyRequestLeavesOneAccessLineWithoutTheQuery() throws Exception {
        api.awaitHealthy();
        String admin = api.adminToken();
        String branch = api.onboard(admin, "opslog", "log-admin", "notices");
        expect(200, api.get("/v1/tenants/opslog/notices?q=13800001111", branch));
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        String wanted = "tenant=opslog user=log-admin method=GET path=/api/v1/tenants/opslog/notices status=200 ms=";
        long deadline = System.currentTimeMillis() + 10_000;
        while (!Files.readString(log, StandardCharsets.UTF_8).contains(wanted)) {
            assertTrue("no access line in " + log, System.currentTimeMillis() < deadline);
            Api.pause(100);
        }
        assertTrue("query values are never logged", !Files.readString(log, StandardCharsets.UTF_8).contains("13800001111"));
    }

    private Reply preflight() {
        return api.call("OPTIONS", "/v1/tenants/opsready/notices", null, null, "Origin", CONSOLE,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization,content-type");
    }

    private void update(String pid, String key, String value) throws IOException {
        org.osgi.service.cm.Configuration config = configs.getConfiguration(pid, null);
        Dictionary<String, Object> props = config.getProperties() == null ? new Hashtable<>() : config.getProperties();
        props.put(key, value);
        config.update(props);
    }

    /** Configuration is applied asynchronously: waits (20 s at most) for the answer to change. */
    private static Reply awaitStatus(int status, Supplier<Reply> call) {
        long deadline = System.currentTimeMillis() + 20_000;
        Reply r = call.get();
        while (r.status() != status) {
            assertTrue("still " + r, System.currentTimeMillis() < deadline);
            Api.pause(50);
            r = call.get();
        }
        return r;
    }

    /** The sample of a series in Prometheus' text format. */
    private static double value(String text, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(text);
        if (!m.find()) {
            throw new AssertionError("no " + series + " in\n" + text);
        }
        return Double.parseDouble(m.group(1));
    }
}
