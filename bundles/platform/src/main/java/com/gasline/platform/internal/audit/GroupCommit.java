package com.gasline.platform.internal.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Writes what concurrent callers hand in together, one transaction for all: each caller returns only once its own item is
 * committed (or throws), so nothing is acknowledged that is not durable, and there is no writer thread whose queue a
 * crash could lose. While one caller writes, the others queue up behind the lock; the first of them writes everything
 * queued meanwhile, and the rest find theirs already done.
 */
final class GroupCommit<T> {

    private record Pending<T>(T item, CompletableFuture<Void> done) {
    }

    private final Consumer<List<T>> writeAll;
    private final int maxBatch;
    private final Queue<Pending<T>> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writing = new ReentrantLock();

    /**
     * A failed {@code writeAll} fails every caller of its batch, as each would have failed alone (the database is down);
     * retrying item by item would hold the lock for one pool timeout per item.
     */
    GroupCommit(Consumer<List<T>> writeAll, int maxBatch) {
        this.writeAll = writeAll;
        this.maxBatch = maxBatch;
    }

    void write(T item) {
        Pending<T> mine = new Pending<>(item, new CompletableFuture<>());
        queue.add(mine);
        while (!mine.done().isDone()) {
            writing.lock();
            try {
                if (!mine.done().isDone()) {
                    writeQueued();
                }
            } finally {
                writing.unlock();
            }
        }
        try {
            mine.done().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Items handed in and not yet taken into a write (what the next write will carry, up to its limit). */
    int queued() {
        return queue.size();
    }

    private void writeQueued() {
        List<Pending<T>> batch = new ArrayList<>();
        for (Pending<T> p; batch.size() < maxBatch && (p = queue.poll()) != null;) {
            batch.add(p);
        }
        try {
            writeAll.accept(batch.stream().map(Pending::item).toList());
            batch.forEach(p -> p.done().complete(null));
        } catch (RuntimeException failed) {
            batch.forEach(p -> p.done().completeExceptionally(failed));
        }
    }
}
