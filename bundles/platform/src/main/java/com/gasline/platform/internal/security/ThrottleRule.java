package com.gasline.platform.internal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When failed logins start to cost waiting time. A counter may fail {@code free} times in a {@code window}
 * without delay; from the {@code free}-th failure on, each failure makes the next attempt wait 1 s, 2 s, 4 s …
 * up to {@code cap}. Delays instead of a lockout: the waiting grows for whoever keeps guessing, and a quiet
 * {@code window} after the last failure forgets everything.
 */
public record ThrottleRule(int free, Duration window, Duration cap) {

    /** One address guessing one user's password. */
    public static final ThrottleRule PER_USER = new ThrottleRule(5, Duration.ofMinutes(15), Duration.ofMinutes(5));
    /** One address spraying many usernames: more than 20 failures in 10 minutes. */
    public static final ThrottleRule PER_ADDRESS = new ThrottleRule(21, Duration.ofMinutes(10), Duration.ofMinutes(5));

    /** Failures of one key, as stored. */
    public record Count(int failures, Instant firstAt, Instant lastAt) {
    }

    public ThrottleRule {
        if (free < 1 || window.compareTo(cap) < 0) {
            throw new IllegalArgumentException("free must be positive and the window at least the cap");
        }
    }

    /**
     * Whether {@code count} is forgotten: a counter that never reached a delay counts within a fixed window from its
     * first failure; one that did is kept until a window has passed without failures.
     */
    public boolean expired(Count count, Instant now) {
        Instant from = count.failures() >= free ? count.lastAt() : count.firstAt();
        return !now.isBefore(from.plus(window));
    }

    /** The counter after one more failure at {@code now}; {@code old} may be null or expired. */
    public Count afterFailure(Count old, Instant now) {
        if (old == null || expired(old, now)) {
            return new Count(1, now, now);
        }
        return new Count(old.failures() + 1, old.firstAt(), now);
    }

    /** How long the next attempt must wait after {@code failures} failures: 0 below {@code free}, then doubling. */
    public Duration delay(int failures) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = failures - free;
        long seconds = doublings >= 30 ? Long.MAX_VALUE : 1L << doublings;
        return seconds >= cap.toSeconds() ? cap : Duration.ofSeconds(seconds);
    }

    /** What is left of the wait at {@code now}; empty when an attempt may go ahead. */
    public Optional<Duration> wait(Count count, Instant now) {
        if (count == null || expired(count, now)) {
            return Optional.empty();
        }
        Instant until = count.lastAt().plus(delay(count.failures()));
        return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** When every counter of this rule is forgotten, whatever its state: rows older than this may be deleted. */
    public Instant forgottenBefore(Instant now) {
        return now.minus(window);
    }
}
