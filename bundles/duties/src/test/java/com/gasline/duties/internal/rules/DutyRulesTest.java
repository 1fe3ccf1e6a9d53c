package com.gasline.duties.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.gasline.duties.api.rest.Gap;
import com.gasline.duties.internal.rules.RosterGaps.Duty;
import com.gasline.duties.internal.rules.RosterGaps.Seats;
import com.gasline.duties.internal.rules.RosterGaps.ShiftSpan;

class DutyRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final Map<String, ShiftSpan> SHIFTS = Map.of(
            "D", new ShiftSpan("D", LocalTime.of(8, 0), LocalTime.of(20, 0), "ALL"),
            "N", new ShiftSpan("N", LocalTime.of(20, 0), LocalTime.of(8, 0), "ALL"));
    private static final List<Seats> HOTLINE = List.of(new Seats("agent", 0, 24, 1));

    @Test
    void dayAndNightShiftsCoverTheHotlineRoundTheClock() {
        List<Duty> duties = List.of(new Duty(DAY.minusDays(1), "N", "agent"), new Duty(DAY, "D", "agent"), new Duty(DAY, "N", "agent"));
        assertTrue(RosterGaps.find(HOTLINE, SHIFTS, duties, DAY, DAY).isEmpty());
    }

    @Test
    void withoutLastNightsShiftTheEarlyHoursAreGaps() {
        List<Duty> duties = List.of(new Duty(DAY, "D", "agent"), new Duty(DAY, "N", "agent"));
        List<Gap> gaps = RosterGaps.find(HOTLINE, SHIFTS, duties, DAY, DAY);
        assertEquals(8, gaps.size());
        assertEquals(0, gaps.get(0).hour());
        assertEquals(7, gaps.get(7).hour());
        assertEquals(0, gaps.get(0).rostered());
    }

    @Test
    void onlyThePositionOfTheRuleCounts() {
        List<Duty> duties = List.of(new Duty(DAY, "D", "shift-lead"));
        List<Gap> gaps = RosterGaps.find(List.of(new Seats("agent", 8, 20, 2)), SHIFTS, duties, DAY, DAY);
        assertEquals(12, gaps.size());
        assertEquals(2, gaps.get(0).required());
    }

    @Test
    void baseSeatsPlusExtraAtPeakHours() {
        List<Seats> rules = List.of(new Seats("agent", 0, 24, 1), new Seats("agent", 9, 11, 2));
        List<Duty> duties = List.of(new Duty(DAY.minusDays(1), "N", "agent"), new Duty(DAY, "D", "agent"), new Duty(DAY, "N", "agent"));
        List<Gap> gaps = RosterGaps.find(rules, SHIFTS, duties, DAY, DAY);
        assertEquals(List.of(9, 10), gaps.stream().map(Gap::hour).toList());
    }

    @Test
    void aSummerShiftDoesNotCoverAWinterDay() {
        // counter 08:30–17:00 from 1 May to 30 September, 08:30–16:30 in winter
        Map<String, ShiftSpan> counter = Map.of(
                "summer", new ShiftSpan("summer", LocalTime.of(8, 0), LocalTime.of(17, 0), "SUMMER"),
                "winter", new ShiftSpan("winter", LocalTime.of(8, 0), LocalTime.of(16, 0), "WINTER"));
        List<Seats> open = List.of(new Seats("counter-clerk", 8, 16, 1));
        LocalDate july = LocalDate.of(2026, 7, 1);
        assertTrue(RosterGaps.find(open, counter, List.of(new Duty(july, "summer", "counter-clerk")), july, july).isEmpty());
        assertEquals(8, RosterGaps.find(open, counter, List.of(new Duty(DAY, "summer", "counter-clerk")), DAY, DAY).size());
        assertTrue(RosterGaps.find(open, counter, List.of(new Duty(DAY, "winter", "counter-clerk")), DAY, DAY).isEmpty());
    }

    @Test
    void checkRoundsWithinAShift() {
        assertEquals(48, CheckRounds.due(LocalTime.of(8, 0), LocalTime.of(20, 0), 15));
        assertEquals(12, CheckRounds.due(LocalTime.of(20, 0), LocalTime.of(8, 0), 60));
    }

    @Test
    void scoreAddsOnTimeSatisfactionAndManualItems() {
        Map<String, Double> parts = Scoring.parts(Scoring.DEFAULT, 10, 9, 4.5, -3);
        assertEquals(9.0, parts.get("ticketsOnTime"));
        assertEquals(7.5, parts.get("satisfaction"));
        assertEquals(113.5, Scoring.total(parts));
        assertEquals(Map.of("base", 100.0), Scoring.parts(Scoring.DEFAULT, null, null, null, 0));
    }

    @Test
    void bandsOnlyWithFiveOrMoreAndTiesShareARank() {
        Map<String, Double> three = new LinkedHashMap<>(Map.of("a", 300.0, "b", 290.0, "c", 280.0));
        assertTrue(Scoring.rank(three, Scoring.DEFAULT).stream().allMatch(r -> r.band() == null));
        Map<String, Double> six = new LinkedHashMap<>(Map.of("a", 310.0, "b", 300.0, "c", 300.0, "d", 290.0, "e", 280.0, "f", 250.0));
        List<Scoring.Ranked> ranked = Scoring.rank(six, Scoring.DEFAULT);
        assertEquals("TOP", ranked.get(0).band());
        assertEquals("BOTTOM", ranked.get(5).band());
        assertNull(ranked.get(2).band());
        assertEquals(2, ranked.get(1).rank());
        assertEquals(2, ranked.get(2).rank());
        assertEquals(4, ranked.get(3).rank());
    }
}
