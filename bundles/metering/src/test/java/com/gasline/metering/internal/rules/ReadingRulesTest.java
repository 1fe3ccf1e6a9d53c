package com.gasline.metering.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.gasline.metering.internal.rules.ReadingRules.Anomaly;
import com.gasline.platform.api.problem.ProblemException;

class ReadingRulesTest {

    private static BigDecimal m3(String v) {
        return new BigDecimal(v);
    }

    @Test
    void normalReading() {
        ReadingRules.Checked c = ReadingRules.check(m3("1200"), m3("1225.5"), 5, false, m3("20"), true);
        assertEquals(m3("25.5"), c.consumption());
        assertNull(c.anomaly());
    }

    @Test
    void belowThePreviousReadingIsRefused() {
        ProblemException e = assertThrows(ProblemException.class, () -> ReadingRules.check(m3("1200"), m3("1199"), 5, false, null, true));
        assertEquals(422, e.status());
        assertEquals("value", e.errors().get(0).field());
    }

    @Test
    void rolloverCountsThroughTheMaximum() {
        // a 4-digit register: 9990 → 0015 is 25 m³
        assertEquals(m3("25"), ReadingRules.check(m3("9990"), m3("15"), 4, true, null, true).consumption());
        assertThrows(ProblemException.class, () -> ReadingRules.check(m3("100"), m3("150"), 4, true, null, true));
        assertThrows(ProblemException.class, () -> ReadingRules.check(m3("100"), m3("10000"), 4, false, null, true));
    }

    @Test
    void moreThanThreeTimesTheAverageIsFlagged() {
        assertEquals(Anomaly.HIGH, ReadingRules.check(m3("100"), m3("161"), 5, false, m3("20"), true).anomaly());
        assertNull(ReadingRules.check(m3("100"), m3("160"), 5, false, m3("20"), true).anomaly());
    }

    @Test
    void zeroOnAnActiveAccountIsFlaggedNotOnASuspendedOne() {
        assertEquals(Anomaly.ZERO, ReadingRules.check(m3("100"), m3("100"), 5, false, m3("20"), true).anomaly());
        assertNull(ReadingRules.check(m3("100"), m3("100"), 5, false, m3("20"), false).anomaly());
    }

    @Test
    void aRolloverNeedsAValueBelowThePreviousOne() {
        ProblemException e = assertThrows(ProblemException.class, () -> ReadingRules.check(m3("100"), m3("100"), 4, true, null, true));
        assertEquals("rollover", e.errors().get(0).field());
        assertEquals(m3("1"), ReadingRules.check(m3("99"), m3("0"), 2, true, null, true).consumption());
    }

    @Test
    void aMeterThatNeverUsedGasHasNoAverageToCompareWith() {
        assertNull(ReadingRules.check(m3("100"), m3("105"), 5, false, BigDecimal.ZERO, true).anomaly());
        assertNull(ReadingRules.check(m3("100"), m3("105"), 5, false, null, true).anomaly());
    }

    @Test
    void theRegisterHoldsOnlyItsDigits() {
        assertEquals(m3("9899"), ReadingRules.check(m3("100"), m3("9999"), 4, false, null, true).consumption());
        ProblemException e = assertThrows(ProblemException.class, () -> ReadingRules.check(m3("100"), m3("10000"), 4, false, null, true));
        assertEquals("value", e.errors().get(0).field());
    }
}
