package com.gasline.platform.api.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private static Job job(long total, long done, Double rate, Long eta) {
        return new Job("j", "east", "metering.bill-run", Job.RUNNING, "li", Map.of(), total, done, 4, 2, Map.of(), rate, eta, null,
                null, null, null);
    }

    @Test
    void halfWayShowsHalfTheBarRateAndTimeLeft() {
        assertEquals("[" + "#".repeat(20) + " ".repeat(20) + "] 50% 100/200  40.0/s  ETA 3s", ProgressBar.of(job(200, 100, 40.0, 3L)));
    }

    @Test
    void aJobNotStartedHasNoRateYetAndAnEmptyJobIsFull() {
        assertEquals("[" + " ".repeat(40) + "] 0% 0/200  ?/s  ETA ?", ProgressBar.of(job(200, 0, null, null)));
        assertEquals("[" + "#".repeat(40) + "] 100% 0/0  ?/s  ETA ?", ProgressBar.of(job(0, 0, null, null)));
    }
}
