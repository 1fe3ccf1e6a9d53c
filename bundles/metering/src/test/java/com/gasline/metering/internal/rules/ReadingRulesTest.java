package com.gasline.metering.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.gasline.metering.internal.rules.ReadingRules.Anomaly;
import com.gasline.metering.internal.rules.ReadingRules.Limits;
import com.gasline.platform.api.problem.ProblemException;

class ReadingRulesTest {

    /** The defaults of a residential account: HIGH above 3×, rollover up to 3×, 500 m³ without history. */
    private static final Limits HOUSEHOLD = MeteringRules.DEFAULTS.limits("RESIDENTIAL");

    private static BigDecimal m3(String v) {
        return new BigDecimal(v);
    }

    private static ReadingRules.Checked check(String previous, String value, int digits, boolean rollover, String average, boolean active) {
        return ReadingRules.check(m3(previous), m3(value), digits, rollover, average == null ? null : m3(average), active, HOUSEHOLD,
                BigDecimal.ZERO);
    }

    private static ProblemException refused(String previous, String value, int digits, boolean rollover, String average) {
        return assertThrows(ProblemException.class, () -> check(previous, value, digits, rollover, average, true));
    }

    @Test
    void normalReading() {
        ReadingRules.Checked c = check("1200", "1225.5", 5, false, "20", true);
        assertEquals(m3("25.5"), c.consumption());
        assertNull(c.anomaly());
    }

    @Test
    void belowThePreviousReadingIsRefused() {
        ProblemException e = refused("1200", "1199", 5, false, null);
        assertEquals(422, e.status());
        assertEquals("value", e.errors().get(0).field());
    }

    @Test
    void rolloverCountsThroughTheMaximum() {
        // a 4-digit register: 9990 → 0015 is 25 m³
        assertEquals(m3("25"), check("9990", "15", 4, true, null, true).consumption());
        refused("100", "150", 4, true, null);
        refused("100", "10000", 4, false, null);
    }

    @Test
    void theMeasuredBug420After520IsNoRollover() {
        // 5 digits: the claim means 99,900 m³ on a meter that uses 50 m³ a reading
        ProblemException e = refused("520", "420", 5, true, "50");
        assertEquals(422, e.status());
        assertEquals("rollover", e.errors().get(0).field());
        assertTrue(e.detail().zh().contains("99900"), e.detail().zh());
        assertTrue(e.detail().zh().contains("150"), e.detail().zh());
        assertTrue(e.detail().en().contains("rollover factor"), e.detail().en());
    }

    @Test
    void aRolloverMayImplyUpToTheFactorTimesTheAverage() {
        // average 50 × 3 = 150: 9990 → 140 implies 150, → 141 implies 151
        assertEquals(m3("150"), check("9990", "140", 4, true, "50", true).consumption());
        assertEquals("rollover", refused("9990", "141", 4, true, "50").errors().get(0).field());
        Limits loose = new Limits(m3("3"), m3("4"), m3("500"));
        assertEquals(m3("200"), ReadingRules.check(m3("9990"), m3("190"), 4, true, m3("50"), true, loose, BigDecimal.ZERO).consumption());
    }

    @Test
    void aRolloverWithoutHistoryIsCappedByCategory() {
        assertEquals(m3("500"), check("99800", "300", 5, true, null, true).consumption());
        ProblemException e = refused("99800", "301", 5, true, null);
        assertTrue(e.detail().zh().contains("首次上限"), e.detail().zh());
        assertTrue(e.detail().en().contains("first-reading cap"), e.detail().en());
        // a meter that never used gas has no average to scale: the cap applies
        refused("99800", "301", 5, true, "0");
        assertEquals(m3("501"), ReadingRules.check(m3("99800"), m3("301"), 5, true, null, true, MeteringRules.DEFAULTS.limits("COMMERCIAL"),
                BigDecimal.ZERO).consumption());
    }

    @Test
    void theDefaultFactorFlagsMoreThanThreeTimesTheAverage() {
        assertEquals(Anomaly.HIGH, check("100", "161", 5, false, "20", true).anomaly());
        assertNull(check("100", "160", 5, false, "20", true).anomaly());
    }

    @Test
    void theBranchFactorDecidesWhatIsHigh() {
        Limits strict = new Limits(m3("2"), m3("3"), m3("500"));
        assertEquals(Anomaly.HIGH, ReadingRules.check(m3("100"), m3("141"), 5, false, m3("20"), true, strict, BigDecimal.ZERO).anomaly());
        assertNull(ReadingRules.check(m3("100"), m3("140"), 5, false, m3("20"), true, strict, BigDecimal.ZERO).anomaly());
    }

    @Test
    void zeroOnAnActiveAccountIsFlaggedNotOnASuspendedOne() {
        assertEquals(Anomaly.ZERO, check("100", "100", 5, false, "20", true).anomaly());
        assertNull(check("100", "100", 5, false, "20", false).anomaly());
    }

    @Test
    void aRolloverNeedsAValueBelowThePreviousOne() {
        ProblemException e = refused("100", "100", 4, true, null);
        assertEquals("rollover", e.errors().get(0).field());
        assertEquals(m3("1"), check("99", "0", 2, true, null, true).consumption());
    }

    @Test
    void aMeterThatNeverUsedGasHasNoAverageToCompareWith() {
        assertNull(check("100", "105", 5, false, "0", true).anomaly());
        assertNull(check("100", "105", 5, false, null, true).anomaly());
    }

    @Test
    void theRegisterHoldsOnlyItsDigits() {
        assertEquals(m3("9899"), check("100", "9999", 4, false, null, true).consumption());
        assertEquals("value", refused("100", "10000", 4, false, null).errors().get(0).field());
    }

    @Test
    void afterEstimatesTheConsumptionCountsFromTheLastActualReading() {
        // actual 100, estimates of 150 since: 300 is 200 used in all, 50 since the last (estimated) reading
        ReadingRules.Checked c = ReadingRules.check(m3("100"), m3("300"), 5, false, m3("20"), true, HOUSEHOLD, m3("150"));
        assertEquals(m3("200"), c.consumption());
        assertNull(c.anomaly());
        assertEquals(Anomaly.HIGH, ReadingRules.check(m3("100"), m3("300"), 5, false, m3("20"), true, HOUSEHOLD, m3("139")).anomaly());
    }

    @Test
    void aRolloverAfterEstimatesIsJudgedOnWhatWasUsedSinceTheLastReading() {
        // 99900 → 100 is 200, of which 100 was estimated already: 100 ≤ 150
        assertEquals(m3("200"), ReadingRules.check(m3("99900"), m3("100"), 5, true, m3("50"), true, HOUSEHOLD, m3("100")).consumption());
        assertThrows(ProblemException.class,
                () -> ReadingRules.check(m3("99900"), m3("100"), 5, true, m3("50"), true, HOUSEHOLD, BigDecimal.ZERO));
    }
}
