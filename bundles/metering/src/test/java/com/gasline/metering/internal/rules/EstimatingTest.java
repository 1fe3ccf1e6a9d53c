package com.gasline.metering.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gasline.metering.internal.rules.Estimating.Actual;
import com.gasline.metering.internal.rules.Estimating.Estimate;
import com.gasline.platform.api.problem.ProblemException;

class EstimatingTest {

    private static final LocalDate JUL_1 = LocalDate.parse("2026-07-01");

    private static BigDecimal m3(String v) {
        return new BigDecimal(v);
    }

    private static Actual actual(String on, String consumption) {
        return new Actual(LocalDate.parse(on), m3(consumption));
    }

    @Test
    void theAverageDailyConsumptionTimesTheDaysSinceTheLastReading() {
        // 90 m³ over 92 days (Jul 1 → Oct 1), 31 days since Oct 1: 30.33 → 30
        List<Actual> actuals = List.of(actual("2026-08-01", "30"), actual("2026-09-01", "31"), actual("2026-10-01", "29"));
        Estimate e = Estimating.estimate(JUL_1, actuals, LocalDate.parse("2026-10-01"), m3("1200"), 5, LocalDate.parse("2026-11-01"));
        assertEquals(m3("30"), e.volume());
        assertEquals(m3("1230"), e.value());
        assertFalse(e.rollover());
    }

    @Test
    void wholeCubicMetresRoundedHalfUp() {
        // 5 m³ in 2 days: 2.5 a day → 3; 12 m³ in 5 days: 2.4 a day → 2
        assertEquals(m3("3"), Estimating.estimate(JUL_1, List.of(actual("2026-07-03", "5")), LocalDate.parse("2026-07-03"), m3("10"), 5,
                LocalDate.parse("2026-07-04")).volume());
        assertEquals(m3("2"), Estimating.estimate(JUL_1, List.of(actual("2026-07-06", "12")), LocalDate.parse("2026-07-06"), m3("10"), 5,
                LocalDate.parse("2026-07-07")).volume());
    }

    @Test
    void fromTheLastReadingEvenWhenItWasAnEstimate() {
        // 10 a day; the last (estimated) reading was on Jul 21, so 5 days, not 15
        Estimate e = Estimating.estimate(JUL_1, List.of(actual("2026-07-11", "100")), LocalDate.parse("2026-07-21"), m3("300"), 5,
                LocalDate.parse("2026-07-26"));
        assertEquals(m3("50"), e.volume());
        assertEquals(m3("350"), e.value());
    }

    @Test
    void theRegisterWrapsAsARealOneWould() {
        Estimate wrapped = Estimating.estimate(JUL_1, List.of(actual("2026-07-11", "100")), LocalDate.parse("2026-07-11"), m3("99990"), 5,
                LocalDate.parse("2026-07-14"));
        assertEquals(m3("30"), wrapped.volume());
        assertEquals(m3("20"), wrapped.value());
        assertTrue(wrapped.rollover());
        Estimate atTheTop = Estimating.estimate(JUL_1, List.of(actual("2026-07-11", "100")), LocalDate.parse("2026-07-11"), m3("99970"), 5,
                LocalDate.parse("2026-07-14"));
        assertEquals(m3("0"), atTheTop.value());
        assertTrue(atTheTop.rollover());
        Estimate below = Estimating.estimate(JUL_1, List.of(actual("2026-07-11", "100")), LocalDate.parse("2026-07-11"), m3("99969"), 5,
                LocalDate.parse("2026-07-14"));
        assertEquals(m3("99999"), below.value());
        assertFalse(below.rollover());
    }

    @Test
    void noHistoryNoEstimate() {
        ProblemException none = assertThrows(ProblemException.class,
                () -> Estimating.estimate(JUL_1, List.of(), JUL_1, m3("0"), 5, LocalDate.parse("2026-08-01")));
        assertEquals(422, none.status());
        assertEquals("serial", none.errors().get(0).field());
        // read on the day it was installed: no days to average over
        ProblemException sameDay = assertThrows(ProblemException.class,
                () -> Estimating.estimate(JUL_1, List.of(actual("2026-07-01", "5")), JUL_1, m3("5"), 5, LocalDate.parse("2026-08-01")));
        assertEquals("serial", sameDay.errors().get(0).field());
        assertEquals(m3("31"), Estimating.estimate(JUL_1, List.of(actual("2026-07-02", "1")), LocalDate.parse("2026-07-02"), m3("5"), 5,
                LocalDate.parse("2026-08-02")).volume());
    }

    @Test
    void anEstimateIsForADayAfterTheLastReading() {
        ProblemException e = assertThrows(ProblemException.class, () -> Estimating.estimate(JUL_1, List.of(actual("2026-07-11", "100")),
                LocalDate.parse("2026-07-11"), m3("100"), 5, LocalDate.parse("2026-07-11")));
        assertEquals(422, e.status());
        assertEquals("readOn", e.errors().get(0).field());
        assertEquals(m3("10"), Estimating.estimate(JUL_1, List.of(actual("2026-07-11", "100")), LocalDate.parse("2026-07-11"), m3("100"), 5,
                LocalDate.parse("2026-07-12")).volume());
    }
}
