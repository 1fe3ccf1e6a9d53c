package com.gasline.duties.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScoreBandTest {

    @Test
    void theBaseSplitsTheBands() {
        assertEquals(ScoreBand.AT_BASE, ScoreBand.of(100));
        assertEquals(ScoreBand.ABOVE_BASE, ScoreBand.of(100.01));
        assertEquals(ScoreBand.BELOW_BASE, ScoreBand.of(99.99));
        assertEquals(ScoreBand.BELOW_BASE, ScoreBand.of(-20));
    }

    @Test
    void everyBandIsCountedEvenWhenEmpty() {
        assertEquals(Map.of(ScoreBand.ABOVE_BASE, 2, ScoreBand.AT_BASE, 1, ScoreBand.BELOW_BASE, 0), ScoreBand.count(List.of(105.0, 100.0, 120.0)));
        assertEquals(Map.of(ScoreBand.ABOVE_BASE, 0, ScoreBand.AT_BASE, 0, ScoreBand.BELOW_BASE, 0), ScoreBand.count(List.of()));
    }

    @Test
    void aMonthWithOnlyAManualDeductionIsBelowBase() {
        assertEquals(ScoreBand.BELOW_BASE, ScoreBand.of(Scoring.total(Scoring.parts(null, null, null, -5))));
        assertEquals(ScoreBand.ABOVE_BASE, ScoreBand.of(Scoring.total(Scoring.parts(4, 4, null, 0))));
        assertEquals(ScoreBand.AT_BASE, ScoreBand.of(Scoring.total(Scoring.parts(null, null, 3.0, 0))));
    }
}
