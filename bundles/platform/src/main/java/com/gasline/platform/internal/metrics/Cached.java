package com.gasline.platform.internal.metrics;

import java.util.function.Supplier;

/**
 * A value read from the database at most once per {@link #MAX_AGE_NANOS}: a scrape reads several gauges of one
 * query, and a scraper polling fast must not turn into a query per gauge. A failed read keeps the last value.
 * Gauges hold their source weakly unless told otherwise: register them with {@code strongReference(true)}.
 */
final class Cached<T> {

    static final long MAX_AGE_NANOS = 5_000_000_000L;

    private final Supplier<T> source;
    private T value;
    private long readAt;

    Cached(Supplier<T> source, T initial) {
        this.source = source;
        this.value = initial;
        this.readAt = System.nanoTime() - MAX_AGE_NANOS - 1;
    }

    synchronized T get() {
        long now = System.nanoTime();
        if (now - readAt > MAX_AGE_NANOS) {
            readAt = now;
            try {
                value = source.get();
            } catch (RuntimeException databaseDown) {
                // the health endpoints report the database; the gauges keep their last value meanwhile
            }
        }
        return value;
    }
}
