package com.gasline.platform.internal.tenant;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class TenantCacheTest {

    /** A thousand branches' entries loaded in the same moment must not all be read again in the same second. */
    @Test
    void entriesLoadedTogetherExpireSpreadOverTheSecondHalfOfTheirTimeLimit() {
        long before = System.nanoTime();
        long[] expiries = LongStream.range(0, 1000).map(i -> TenantCache.expiry(60)).sorted().toArray();
        long after = System.nanoTime();
        long half = TimeUnit.SECONDS.toNanos(30);
        assertTrue(expiries[0] - before >= half, "no entry expires before half the limit");
        assertTrue(expiries[999] - after <= 2 * half, "no entry outlives the limit");
        long seconds = LongStream.of(expiries).map(e -> TimeUnit.NANOSECONDS.toSeconds(e - before)).distinct().count();
        assertTrue(seconds >= 25, "spread over " + seconds + " of the 30 seconds");
    }
}
