package com.gasline.platform.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ThrottleRuleTest {

    private static final ThrottleRule USER = ThrottleRule.PER_USER;
    private static final ThrottleRule ADDRESS = ThrottleRule.PER_ADDRESS;
    private final Instant t0 = Instant.parse("2026-11-24T08:00:00Z");

    private static ThrottleRule.Count fail(ThrottleRule rule, ThrottleRule.Count count, Instant at, int times) {
        ThrottleRule.Count c = count;
        for (int i = 0; i < times; i++) {
            c = rule.afterFailure(c, at);
        }
        return c;
    }

    @Test
    void theFirstFailuresCostNothingThenTheWaitDoublesUpToTheCap() {
        assertEquals(Duration.ZERO, USER.delay(4));
        assertEquals(Duration.ofSeconds(1), USER.delay(5));
        assertEquals(Duration.ofSeconds(2), USER.delay(6));
        assertEquals(Duration.ofSeconds(4), USER.delay(7));
        assertEquals(Duration.ofSeconds(256), USER.delay(13));
        assertEquals(Duration.ofMinutes(5), USER.delay(14));
        assertEquals(Duration.ofMinutes(5), USER.delay(Integer.MAX_VALUE));
    }

    @Test
    void aWaitCountsFromTheLastFailure() {
        ThrottleRule.Count four = fail(USER, null, t0, 4);
        assertEquals(Optional.empty(), USER.wait(four, t0), "four wrong passwords do not slow anyone down");
        ThrottleRule.Count five = USER.afterFailure(four, t0);
        assertEquals(Optional.of(Duration.ofSeconds(1)), USER.wait(five, t0));
        assertEquals(Optional.of(Duration.ofMillis(400)), USER.wait(five, t0.plusMillis(600)));
        assertEquals(Optional.empty(), USER.wait(five, t0.plusSeconds(1)), "never a lockout: the wait ends");
        ThrottleRule.Count six = USER.afterFailure(five, t0.plusSeconds(1));
        assertEquals(Optional.of(Duration.ofSeconds(2)), USER.wait(six, t0.plusSeconds(1)));
    }

    @Test
    void theAddressAllowsTwentyFailuresInTenMinutes() {
        ThrottleRule.Count twenty = fail(ADDRESS, null, t0, 20);
        assertEquals(Optional.empty(), ADDRESS.wait(twenty, t0));
        ThrottleRule.Count more = ADDRESS.afterFailure(twenty, t0.plusSeconds(60));
        assertEquals(21, more.failures());
        assertEquals(Optional.of(Duration.ofSeconds(1)), ADDRESS.wait(more, t0.plusSeconds(60)));
    }

    @Test
    void belowTheLimitTheWindowRunsFromTheFirstFailure() {
        ThrottleRule.Count twenty = fail(ADDRESS, null, t0, 19);
        twenty = ADDRESS.afterFailure(twenty, t0.plus(Duration.ofMinutes(9)));
        Instant later = t0.plus(Duration.ofMinutes(10));
        assertTrue(ADDRESS.expired(twenty, later));
        assertEquals(1, ADDRESS.afterFailure(twenty, later).failures(), "a new window starts");
    }

    @Test
    void onceSlowedAQuietWindowAfterTheLastFailureForgetsEverything() {
        ThrottleRule.Count slowed = fail(USER, null, t0, 10);
        Instant last = t0.plus(Duration.ofMinutes(14));
        slowed = USER.afterFailure(slowed, last);
        assertFalse(USER.expired(slowed, t0.plus(Duration.ofMinutes(16))), "guessing on keeps the counter");
        assertEquals(12, USER.afterFailure(slowed, last.plus(Duration.ofMinutes(5))).failures());
        assertTrue(USER.expired(slowed, last.plus(USER.window())));
        assertEquals(Optional.empty(), USER.wait(slowed, last.plus(USER.window())));
        assertEquals(1, USER.afterFailure(slowed, last.plus(USER.window())).failures());
    }

    @Test
    void rowsPastTheWindowMayBeDeleted() {
        assertEquals(t0.minus(Duration.ofMinutes(15)), USER.forgottenBefore(t0));
    }
}
