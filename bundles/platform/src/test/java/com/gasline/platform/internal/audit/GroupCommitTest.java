package com.gasline.platform.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Every caller's item is written before its call returns, many callers share a write, and a failed write fails its callers only. */
class GroupCommitTest {

    private final List<Integer> written = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger transactions = new AtomicInteger();

    private void slowWrite(List<Integer> items) {
        transactions.incrementAndGet();
        if (items.contains(-1)) {
            throw new IllegalStateException("bad item");
        }
        sleep(5);
        written.addAll(items);
    }

    @Test
    void callersQueuedBehindAWriteShareTheNextOneAndEachReturnsOnlyOnceWritten() throws Exception {
        CountDownLatch firstWriting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GroupCommit<Integer> group = new GroupCommit<>(items -> {
            if (items.contains(0)) {
                firstWriting.countDown();
                await(release);
            }
            slowWrite(items);
        }, 100);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            int item = i;
            calls.add(pool.submit(() -> {
                group.write(item);
                assertTrue(written.contains(item), "written before the call returned");
            }));
            if (i == 0) {
                await(firstWriting);
            }
        }
        // the other 15 queue while the first write is held
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (group.queued() < 15 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(15, group.queued());
        release.countDown();
        for (Future<?> call : calls) {
            call.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(16, written.size());
        assertEquals(16, written.stream().distinct().count());
        assertTrue(transactions.get() <= 3, "batched: " + transactions.get() + " transactions for 16 items");
    }

    @Test
    void aFailedWriteFailsItsCallersAndTheNextCallersAreWritten() throws Exception {
        GroupCommit<Integer> group = new GroupCommit<>(this::slowWrite, 100);
        assertThrows(IllegalStateException.class, () -> group.write(-1));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int item = i;
            calls.add(pool.submit(() -> group.write(item)));
        }
        for (Future<?> call : calls) {
            call.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(8, written.size());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
