package com.gasline.itests;

import static com.gasline.itests.Api.expect;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import com.fasterxml.jackson.databind.JsonNode;
import com.gasline.platform.api.jobs.JobHandler;
import com.gasline.platform.api.jobs.JobPart;
import com.gasline.platform.api.jobs.JobRequest;
import com.gasline.platform.api.jobs.JobRequest.PartPlan;
import com.gasline.platform.api.jobs.Jobs;

/** The platform jobs service as branch staff and operators meet it: failures, retries, and a module restarted mid-run. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class JobsIT {

    @Inject
    private BundleContext context;

    @Inject
    private Jobs jobs;

    @Inject
    @Filter("(dataSourceName=gasline)")
    private DataSource dataSource;

    private final Api api = new Api();

    @Configuration
    public Option[] config() {
        return GaslineContainer.options();
    }

    /** A handler of a test type: its second part throws the first time, as work meeting bad data would. */
    @Test
    public void aPartThatThrowsFailsTheJobWithItsReasonAndARetryFinishesItOnce() throws Exception {
        api.awaitHealthy();
        String admin = api.adminToken();
        String branch = api.onboard(admin, "jobs-fail", "jobs-admin", "notices");
        Map<Integer, AtomicInteger> runs = new ConcurrentHashMap<>();
        JobHandler flaky = new JobHandler() {
            @Override
            public String type() {
                return "itest.flaky";
            }

            @Override
            public Map<String, Long> run(JobPart part) {
                int n = runs.computeIfAbsent(part.seq(), s -> new AtomicInteger()).incrementAndGet();
                if (part.seq() == 1 && n == 1) {
                    throw new IllegalStateException("meter M-1 has no tariff");
                }
                return Map.of("items", (long) part.size());
            }
        };
        ServiceRegistration<JobHandler> registration = context.registerService(JobHandler.class, flaky, null);
        try {
            List<PartPlan> parts = List.of(new PartPlan("a", 3), new PartPlan("b", 3), new PartPlan("c", 3));
            String id = jobs.submit(new JobRequest(null, "jobs-fail", "itest.flaky", "jobs-admin", Map.of(), null, parts)).id();
            JsonNode failed = await(branch, "jobs-fail", id);
            assertEquals("FAILED", failed.get("status").asText());
            assertEquals("IllegalStateException: meter M-1 has no tariff", failed.get("error").asText());
            expect(404, api.get("/v1/tenants/jobs-fail/jobs/" + id + "x", branch));
            expect(409, api.post("/v1/tenants/jobs-fail/jobs/" + id + "/cancel", branch, null));

            expect(200, api.post("/v1/tenants/jobs-fail/jobs/" + id + "/retry", branch, null));
            JsonNode done = await(branch, "jobs-fail", id);
            assertEquals("DONE", done.get("status").asText());
            assertEquals(9, done.get("done").asInt());
            assertEquals(9, done.get("counters").get("items").asInt());
            assertEquals("the failed part ran again, the others once", Map.of(0, 1, 1, 2, 2, 1),
                    Map.of(0, runs.get(0).get(), 1, runs.get(1).get(), 2, runs.get(2).get()));
            expect(409, api.post("/v1/tenants/jobs-fail/jobs/" + id + "/retry", branch, null));
        } finally {
            registration.unregister();
        }
    }

    /** An operator restarts the metering bundle while a bill run is half way: the run finishes, each account billed once. */
    @Test
    public void aBillRunSurvivesItsModuleRestartedHalfWayAndBillsEachAccountOnce() throws Exception {
        api.awaitModules("accounts", "metering");
        String admin = api.adminToken();
        String branch = api.onboard(admin, "jobs-bill", "bill-admin", "accounts", "metering");
        expect(200, api.call("PUT", "/v1/tenants/jobs-bill/metering/tariffs/RESIDENTIAL", branch,
                "{\"effectiveFrom\":\"2026-01-01\",\"kind\":\"FLAT\",\"priceFen\":300}"));
        int accounts = 3000;
        loadMeteredAccounts("jobs-bill", accounts);

        String run = expect(202, api.post("/v1/tenants/jobs-bill/metering/bill-runs", branch, "{\"period\":\"2026-10\"}"))
                .json().get("id").asText();
        long deadline = System.currentTimeMillis() + 60_000;
        while (expect(200, api.get("/v1/tenants/jobs-bill/metering/bill-runs/" + run, branch)).json().get("done").asInt() == 0) {
            assertTrue("the bill run never started", System.currentTimeMillis() < deadline);
            Api.pause(20);
        }
        Bundle metering = Services.bundle(context, "gasline-metering");
        metering.stop();
        Api.pause(500);
        metering.start();
        Services.awaitModules(context, List.of("metering"));
        JsonNode done = await(branch, "jobs-bill", run);
        assertEquals("DONE", done.get("status").asText());
        assertEquals(accounts, done.get("done").asInt());
        JsonNode view = expect(200, api.get("/v1/tenants/jobs-bill/metering/bill-runs/" + run, branch)).json();
        assertEquals(accounts, view.get("billed").asInt());
        String bills = " FROM met_bill WHERE tenant_id = 'jobs-bill' AND period = '2026-10'";
        assertEquals(accounts, Services.count(dataSource, "SELECT count(*)" + bills));
        assertEquals(accounts, Services.count(dataSource, "SELECT count(DISTINCT account_no)" + bills));
        assertEquals("every reading billed", 0,
                Services.count(dataSource, "SELECT count(*) FROM met_reading WHERE tenant_id = 'jobs-bill' AND bill_id IS NULL"));
        if (postgresql()) {
            // the run's end refreshed the planner's statistics: it knows the bills are there without waiting for autovacuum
            long until = System.currentTimeMillis() + 10_000;
            while (Services.count(dataSource, "SELECT reltuples::int FROM pg_class WHERE relname = 'met_bill'") < accounts) {
                assertTrue("the statistics of met_bill were not refreshed after the bill run", System.currentTimeMillis() < until);
                Api.pause(100);
            }
        }
    }

    private boolean postgresql() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    private JsonNode await(String token, String tenant, String id) {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            JsonNode job = expect(200, api.get("/v1/tenants/" + tenant + "/jobs/" + id, token)).json();
            if (!List.of("QUEUED", "RUNNING").contains(job.get("status").asText())) {
                return job;
            }
            assertTrue("job " + id + " did not end: " + job, System.currentTimeMillis() < deadline);
            Api.pause(100);
        }
    }

    /** What a migrated archive looks like to metering: accounts with a meter and one unread reading each. */
    private void loadMeteredAccounts(String tenant, int n) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<String> sql = new ArrayList<>(List.of(
                    "INSERT INTO met_account (tenant_id, account_no, category, household_size, state) VALUES (?, ?, 'RESIDENTIAL', 3, 'ACTIVE')",
                    "INSERT INTO met_meter (tenant_id, serial, account_no, type, digits, installed_on, initial_reading, status, last_reading,"
                            + " last_read_on, reading_count, consumption_total, route_seq, version)"
                            + " VALUES (?, ?, ?, 'DIAPHRAGM', 5, ?, 100, 'ACTIVE', 120, ?, 1, 20, 0, 1)",
                    "INSERT INTO met_reading (tenant_id, id, serial, account_no, reading_value, read_on, source, reader, consumption, rollover,"
                            + " reviewed, created_at) VALUES (?, ?, ?, ?, 120, ?, 'READER', 'itest', 20, false, false, ?)"));
            try (PreparedStatement account = c.prepareStatement(sql.get(0)); PreparedStatement meter = c.prepareStatement(sql.get(1));
                    PreparedStatement reading = c.prepareStatement(sql.get(2))) {
                for (int i = 1; i <= n; i++) {
                    String no = String.format("JB%06d", i);
                    account.setString(1, tenant);
                    account.setString(2, no);
                    account.addBatch();
                    meter.setString(1, tenant);
                    meter.setString(2, "M" + no);
                    meter.setString(3, no);
                    meter.setObject(4, LocalDate.of(2026, 9, 25));
                    meter.setObject(5, LocalDate.of(2026, 10, 25));
                    meter.addBatch();
                    reading.setString(1, tenant);
                    reading.setString(2, "R" + no);
                    reading.setString(3, "M" + no);
                    reading.setString(4, no);
                    reading.setObject(5, LocalDate.of(2026, 10, 25));
                    reading.setObject(6, OffsetDateTime.now());
                    reading.addBatch();
                }
                account.executeBatch();
                meter.executeBatch();
                reading.executeBatch();
            }
            c.commit();
        }
    }
}
