package com.gasline.itests;

import static com.gasline.itests.Api.expect;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

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

/** An operator stops and restarts a module bundle while branch clients keep calling it. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotDeployIT {

    private static final String MODULE_BUNDLE = "gasline-example-notice-board";

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
    public void stoppedModuleAnswers503ThenServesAgainWithoutAny500() throws Exception {
        api.awaitHealthy();
        String admin = api.adminToken();
        String branch = api.onboard(admin, "hotdeploy", "hot-admin", "notices");
        expect(201, api.post("/v1/tenants/hotdeploy/notices", branch, "{\"title\":\"交接班提醒\",\"body\":\"提前15分钟到岗\"}"));

        Bundle module = Services.bundle(context, MODULE_BUNDLE);
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            clients.submit(() -> {
                while (running.get()) {
                    Reply r = api.get("/v1/tenants/hotdeploy/notices", branch);
                    statuses.computeIfAbsent(r.status(), s -> new AtomicInteger()).incrementAndGet();
                    if (r.status() == 503) {
                        assertEquals("5", r.header("Retry-After"));
                    }
                }
                return null;
            });
        }
        waitFor(statuses, 200);
        module.stop();
        Reply during = api.get("/v1/tenants/hotdeploy/notices", branch);
        assertEquals(503, during.status());
        assertTrue(during.contentType().startsWith("application/problem+json"));
        assertEquals("5", during.header("Retry-After"));
        waitFor(statuses, 503);

        int okBefore = statuses.get(200).get();
        module.start();
        Reply after = expect(200, api.get("/v1/tenants/hotdeploy/notices", branch));
        assertEquals("the data survived the restart", 1, after.json().get("total").asLong());
        while (statuses.get(200).get() <= okBefore) {
            Api.pause(20);
        }
        running.set(false);
        clients.shutdown();
        assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));

        assertEquals("only 200 and 503 while the module restarted: " + statuses, Map.of(200, true, 503, true),
                Map.of(200, statuses.containsKey(200), 503, statuses.containsKey(503)));
        assertEquals("no other status codes: " + statuses, 2, statuses.size());
    }

    /**
     * The group admins' API comes from another bundle (tenant-admin): restarting it answers 503 on its own paths
     * only, and a changed security configuration applies in place; the module paths never fail meanwhile.
     */
    @Test
    public void restartingTheAdminBundleOrChangingSecurityMovesNothingElse() throws Exception {
        api.awaitHealthy();
        String admin = api.adminToken();
        String branch = api.onboard(admin, "section", "section-admin", "notices");
        Bundle adminBundle = Services.bundle(context, "gasline-tenant-admin");
        Map<Integer, AtomicInteger> adminStatuses = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> moduleStatuses = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 2; i++) {
            clients.submit(() -> load(running, adminStatuses, () -> api.get("/v1/admin/tenants/section", admin)));
            clients.submit(() -> load(running, moduleStatuses, () -> api.get("/v1/tenants/section/notices", branch)));
        }
        waitFor(adminStatuses, 200);
        adminBundle.stop();
        Reply during = api.get("/v1/admin/tenants/section", admin);
        assertEquals(503, during.status());
        assertTrue(during.contentType().startsWith("application/problem+json"));
        assertEquals("5", during.header("Retry-After"));
        waitFor(adminStatuses, 503);
        adminBundle.start();
        Services.await(context, "com.gasline.platform.api.Section", 1);
        expect(200, api.get("/v1/admin/tenants/section", admin));

        org.osgi.service.cm.Configuration security = configs.getConfiguration("com.gasline.security", null);
        Dictionary<String, Object> props = security.getProperties() == null ? new Hashtable<>() : security.getProperties();
        props.put("token.ttl.minutes", "7");
        security.update(props);
        long deadline = System.currentTimeMillis() + 20_000;
        while (api.post("/v1/auth/token", null, "{\"username\":\"admin\",\"password\":\"" + Api.adminPassword() + "\"}")
                .json().get("expiresIn").asLong() != 420) {
            assertTrue("the new token lifetime never applied", System.currentTimeMillis() < deadline);
            Api.pause(50);
        }
        expect(200, api.get("/v1/admin/tenants/section", admin));
        int okBefore = moduleStatuses.get(200).get();
        while (moduleStatuses.get(200).get() <= okBefore + 10) {
            Api.pause(20);
        }
        running.set(false);
        clients.shutdown();
        assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals("the module paths never failed: " + moduleStatuses, Set.of(200), moduleStatuses.keySet());
        assertEquals("the admin paths answered only 200 and 503: " + adminStatuses, Set.of(200, 503), adminStatuses.keySet());
    }

    private static Object load(AtomicBoolean running, Map<Integer, AtomicInteger> statuses, java.util.function.Supplier<Reply> call) {
        while (running.get()) {
            Reply r = call.get();
            statuses.computeIfAbsent(r.status(), s -> new AtomicInteger()).incrementAndGet();
            if (r.status() != 200 && !r.contentType().startsWith("application/problem+json")) {
                statuses.computeIfAbsent(-r.status(), s -> new AtomicInteger()).incrementAndGet();
            }
        }
        return null;
    }

    private static void waitFor(Map<Integer, AtomicInteger> statuses, int status) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!statuses.containsKey(status)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("never saw " + status + ": " + statuses);
            }
            Api.pause(20);
        }
    }
}
