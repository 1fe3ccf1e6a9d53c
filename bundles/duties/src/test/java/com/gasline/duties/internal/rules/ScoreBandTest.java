package com.gasline.duties.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScoreBandTest {

    @Test
    void theBaseSplitsTheBands() {
        assertEquals(ScoreBand.AT_BASE, ScoreBand.of(100, 100));
        assertEquals(ScoreBand.ABOVE_BASE, ScoreBand.of(100.01, 100));
        assertEquals(ScoreBand.BELOW_BASE, ScoreBand.of(99.99, 100));
        assertEquals(ScoreBand.BELOW_BASE, ScoreBand.of(-20, 100));
    }

    @Test
    void everyBandIsCountedEvenWhenEmpty() {
        assertEquals(Map.of(ScoreBand.ABOVE_BASE, 2, ScoreBand.AT_BASE, 1, ScoreBand.BELOW_BASE, 0), ScoreBand.count(List.of(105.0, 100.0, 120.0), 100));
        assertEquals(Map.of(ScoreBand.ABOVE_BASE, 0, ScoreBand.AT_BASE, 0, ScoreBand.BELOW_BASE, 0), ScoreBand.count(List.of(), 100));
    }

    @Test
    void aMonthWithOnlyAManualDeductionIsBelowBase() {
        assertEquals(ScoreBand.BELOW_BASE, ScoreBand.of(Scoring.total(Scoring.parts(Scoring.DEFAULT, null, null, null, -5)), 100));
        assertEquals(ScoreBand.ABOVE_BASE, ScoreBand.of(Scoring.total(Scoring.parts(Scoring.DEFAULT, 4, 4, null, 0)), 100));
        assertEquals(ScoreBand.AT_BASE, ScoreBand.of(Scoring.total(Scoring.parts(Scoring.DEFAULT, null, null, 3.0, 0)), 100));
    }

    @Test
    void aBranchWithItsOwnBaseIsBandedAroundIt() {
        assertEquals(ScoreBand.AT_BASE, ScoreBand.of(60, 60));
        assertEquals(ScoreBand.ABOVE_BASE, ScoreBand.of(80, 60));
        assertEquals(Map.of(ScoreBand.ABOVE_BASE, 1, ScoreBand.AT_BASE, 1, ScoreBand.BELOW_BASE, 1), ScoreBand.count(List.of(55.0, 60.0, 100.0), 60));
    }
}
