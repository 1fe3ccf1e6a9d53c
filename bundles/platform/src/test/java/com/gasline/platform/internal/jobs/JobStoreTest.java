package com.gasline.platform.internal.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.ds.PGSimpleDataSource;

import com.gasline.platform.api.jobs.Job;
import com.gasline.platform.api.jobs.JobPart;
import com.gasline.platform.api.jobs.JobRequest;
import com.gasline.platform.api.jobs.JobRequest.PartPlan;

/**
 * The claim protocol on both databases, with separate connections standing in for separate containers. On
 * PostgreSQL a fresh database at 127.0.0.1:5432 (mandatory, as for the integration tests).
 */
class JobStoreTest {

    private static final String PG = System.getProperty("gasline.itest.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final List<String> CREATED = new ArrayList<>();

    static Stream<JobStore> stores() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:jobs" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        List<JobStore> stores = new ArrayList<>(List.of(schema(new JobStore(h2, false), h2)));
        if (!Boolean.getBoolean("gasline.itest.skipPostgresql")) {
            String name = "gasline_it_jobs_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            try (Connection c = DriverManager.getConnection(PG, "postgres", ""); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            CREATED.add(name);
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(PG.substring(0, PG.lastIndexOf('/') + 1) + name);
            pg.setUser("postgres");
            stores.add(schema(new JobStore(pg, true), pg));
        }
        return stores.stream();
    }

    @AfterAll
    static void dropDatabases() throws SQLException {
        try (Connection c = DriverManager.getConnection(PG, "postgres", ""); Statement s = c.createStatement()) {
            for (String name : CREATED) {
                s.execute("DROP DATABASE IF EXISTS " + name);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void twoClaimersRaceOverFiftyPartsAndEachPartRunsExactlyOnce(JobStore store) throws Exception {
        Job job = store.insert(request(50, null), now());
        Map<Integer, AtomicInteger> runs = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> claimers = new ArrayList<>();
        for (String node : List.of("node-a", "node-b")) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                Optional<JobPart> part;
                while ((part = store.claim(Set.of("test.work"), node, now(), now().plusSeconds(30))).isPresent()) {
                    runs.computeIfAbsent(part.get().seq(), s -> new AtomicInteger()).incrementAndGet();
                    store.complete(part.get(), node, Map.of("items", (long) part.get().size()), now());
                }
            });
            t.start();
            claimers.add(t);
        }
        start.countDown();
        for (Thread t : claimers) {
            t.join(60_000);
        }
        assertEquals(50, runs.size());
        assertTrue(runs.values().stream().allMatch(n -> n.get() == 1), "a part ran twice: " + runs);
        Job done = store.find("east", job.id(), now()).orElseThrow();
        assertEquals(Job.DONE, done.status());
        assertEquals(100, done.done());
        assertEquals(100L, done.counter("items"));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aDeadNodesPartIsTakenOverWhenItsLeaseRunsOutAndCountedOnce(JobStore store) {
        Job job = store.insert(request(1, null), now());
        JobPart dead = store.claim(Set.of("test.work"), "dead", now(), now().plusSeconds(1)).orElseThrow();
        assertTrue(store.claim(Set.of("test.work"), "alive", now(), now().plusSeconds(30)).isEmpty(), "the lease still holds");
        OffsetDateTime later = now().plusSeconds(2);
        JobPart taken = store.claim(Set.of("test.work"), "alive", later, later.plusSeconds(30)).orElseThrow();
        assertEquals(dead.seq(), taken.seq());
        assertEquals(2, taken.attempt());
        assertTrue(store.complete(dead, "dead", Map.of("items", 2L), now()).isEmpty(), "the dead node lost the part");
        assertEquals(Job.DONE, store.complete(taken, "alive", Map.of("items", 2L), now()).orElseThrow().status());
        assertEquals(2L, store.find("east", job.id(), now()).orElseThrow().counter("items"));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aFailedPartFailsTheJobWithItsReasonAndARetryFinishesIt(JobStore store) {
        Job job = store.insert(request(2, null), now());
        JobPart first = store.claim(Set.of("test.work"), "a", now(), now().plusSeconds(30)).orElseThrow();
        store.fail(first, "a", "IllegalStateException: tariff missing", now());
        assertEquals(1L, store.countByStatus().get(Job.FAILED), "the operator's gauge sees the failed job");
        Job failed = store.find("east", job.id(), now()).orElseThrow();
        assertEquals(Job.FAILED, failed.status());
        assertEquals("IllegalStateException: tariff missing", failed.error());
        assertTrue(store.claim(Set.of("test.work"), "a", now(), now().plusSeconds(30)).isEmpty(), "a failed job starts no part");
        assertTrue(store.find("west", job.id(), now()).isEmpty(), "another tenant sees no such job");

        assertEquals(Job.QUEUED, store.move("east", job.id(), Set.of(Job.FAILED), Job.QUEUED, now(), true).orElseThrow().status());
        JobPart part;
        int ran = 0;
        while ((part = store.claim(Set.of("test.work"), "a", now(), now().plusSeconds(30)).orElse(null)) != null) {
            store.complete(part, "a", Map.of(), now());
            ran++;
        }
        assertEquals(2, ran);
        assertEquals(Job.DONE, store.find("east", job.id(), now()).orElseThrow().status());
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theSameKeyQueuesOneJob(JobStore store) {
        Job first = store.insert(request(1, "sweep@12:00"), now());
        Job second = store.insert(request(1, "sweep@12:00"), now());
        assertEquals(first.id(), second.id());
    }

    private static JobRequest request(int parts, String key) {
        List<PartPlan> plan = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            plan.add(new PartPlan("part " + i, 2));
        }
        return new JobRequest(null, "east", "test.work", "tester", Map.of("period", "2026-10"), key, plan);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now();
    }

    private static JobStore schema(JobStore store, DataSource ds) throws IOException, SQLException {
        try (InputStream in = JobStore.class.getResourceAsStream("/db/migration/V3__jobs.sql"); Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            for (String sql : new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    s.execute(sql);
                }
            }
        }
        return store;
    }
}
