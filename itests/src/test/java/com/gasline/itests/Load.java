package com.gasline.itests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.gasline.itests.Api.Reply;

/**
 * Clients calling one path in a loop while an operator acts, counting what came back: {@code 200}, {@code 503}
 * (only as the contract: problem+json with {@code Retry-After: 5}) and anything else under its own name. A worker
 * that throws fails the test at {@link #stop()}; every wait has a deadline.
 */
final class Load {

    static final String OK = "200";
    static final String UNAVAILABLE = "503 problem+json Retry-After";

    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService clients;
    private final List<Future<?>> workers = new ArrayList<>();

    Load(int clients, Supplier<Reply> call) {
        this.clients = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            workers.add(this.clients.submit(() -> {
                while (running.get()) {
                    seen.computeIfAbsent(kind(call.get()), k -> new AtomicInteger()).incrementAndGet();
                }
                return null;
            }));
        }
    }

    private static String kind(Reply r) {
        if (r.status() == 200) {
            return OK;
        }
        if (r.status() == 503 && r.contentType().startsWith("application/problem+json") && "5".equals(r.header("Retry-After"))) {
            return UNAVAILABLE;
        }
        return r.status() + " " + r.contentType();
    }

    int count(String kind) {
        AtomicInteger n = seen.get(kind);
        return n == null ? 0 : n.get();
    }

    /** Waits until {@code more} further answers of the kind came back. */
    void awaitMore(String kind, int more) {
        int target = count(kind) + more;
        long deadline = System.currentTimeMillis() + 30_000;
        while (count(kind) < target) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no more " + kind + " within 30 s: " + seen);
            }
            Api.pause(20);
        }
    }

    /** Stops the clients and returns what they saw; a failure inside a client fails here. */
    Map<String, Integer> stop() throws InterruptedException {
        running.set(false);
        clients.shutdown();
        if (!clients.awaitTermination(30, TimeUnit.SECONDS)) {
            throw new AssertionError("clients did not stop within 30 s");
        }
        for (Future<?> w : workers) {
            try {
                w.get();
            } catch (ExecutionException e) {
                throw new AssertionError("a client failed: " + e.getCause(), e.getCause());
            }
        }
        Map<String, Integer> result = new java.util.TreeMap<>();
        seen.forEach((k, v) -> result.put(k, v.get()));
        return result;
    }
}
