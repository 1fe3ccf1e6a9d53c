package com.gasline.duties.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.gasline.duties.api.rest.Gap;
import com.gasline.duties.internal.rules.RosterGaps.Duty;
import com.gasline.duties.internal.rules.RosterGaps.Seats;
import com.gasline.duties.internal.rules.RosterGaps.ShiftSpan;

/** The hours a roster leaves a seat uncovered, at the edges: seasons, half hours, the hour a shift ends in. */
class RosterGapsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    /** The counter: 08:30–17:00 from 1 May to 30 September, 08:30–16:30 the rest of the year. */
    private static final Map<String, ShiftSpan> COUNTER = Map.of(
            "summer", new ShiftSpan("summer", LocalTime.of(8, 30), LocalTime.of(17, 0), "SUMMER"),
            "winter", new ShiftSpan("winter", LocalTime.of(8, 30), LocalTime.of(16, 30), "WINTER"));
    private static final List<Seats> COUNTER_HOURS = List.of(new Seats("counter-clerk", 9, 16, 1));

    private static List<Integer> gapHours(List<Seats> rules, Map<String, ShiftSpan> shifts, List<Duty> duties, LocalDate day) {
        return RosterGaps.find(rules, shifts, duties, day, day).stream().map(Gap::hour).toList();
    }

    private static boolean summerShiftCovers(LocalDate day) {
        return gapHours(COUNTER_HOURS, COUNTER, List.of(new Duty(day, "summer", "counter-clerk")), day).isEmpty();
    }

    private static boolean winterShiftCovers(LocalDate day) {
        return gapHours(COUNTER_HOURS, COUNTER, List.of(new Duty(day, "winter", "counter-clerk")), day).isEmpty();
    }

    @Test
    void summerHoursStartOnTheFirstOfMay() {
        assertTrue(winterShiftCovers(LocalDate.of(2026, 4, 30)));
        assertTrue(!summerShiftCovers(LocalDate.of(2026, 4, 30)));
        assertTrue(summerShiftCovers(LocalDate.of(2026, 5, 1)));
        assertTrue(!winterShiftCovers(LocalDate.of(2026, 5, 1)));
    }

    @Test
    void summerHoursEndWithTheThirtiethOfSeptember() {
        assertTrue(summerShiftCovers(LocalDate.of(2026, 9, 30)));
        assertTrue(!winterShiftCovers(LocalDate.of(2026, 9, 30)));
        assertTrue(winterShiftCovers(LocalDate.of(2026, 10, 1)));
        assertTrue(!summerShiftCovers(LocalDate.of(2026, 10, 1)));
    }

    @Test
    void aShiftWithoutSeasonIsWorkedAllYear() {
        Map<String, ShiftSpan> shifts = Map.of("day", new ShiftSpan("day", LocalTime.of(8, 0), LocalTime.of(17, 0), null));
        for (LocalDate day : List.of(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 7, 15))) {
            assertEquals(List.of(), gapHours(COUNTER_HOURS, shifts, List.of(new Duty(day, "day", "counter-clerk")), day));
        }
    }

    @Test
    void aShiftStartingOnTheHalfHourDoesNotCoverTheHourItStartsIn() {
        // 08:30–16:30: the hour from 08:00 is half empty, the hour from 16:00 is covered up to 16:30 only
        List<Seats> open = List.of(new Seats("counter-clerk", 8, 17, 1));
        assertEquals(List.of(8, 16), gapHours(open, COUNTER, List.of(new Duty(DAY, "winter", "counter-clerk")), DAY));
    }

    @Test
    void aDayShiftCoversTheLastHourBeforeItEndsNotTheHourItEndsAt() {
        Map<String, ShiftSpan> day = Map.of("D", new ShiftSpan("D", LocalTime.of(8, 0), LocalTime.of(20, 0), "ALL"));
        List<Seats> evening = List.of(new Seats("agent", 19, 21, 1));
        assertEquals(List.of(20), gapHours(evening, day, List.of(new Duty(DAY, "D", "agent")), DAY));
        // and the shift does not reach into the next morning
        List<Seats> morning = List.of(new Seats("agent", 0, 8, 1));
        assertEquals(8, gapHours(morning, day, List.of(new Duty(DAY.minusDays(1), "D", "agent")), DAY).size());
    }

    @Test
    void aNightShiftOnTheHalfHourCoversTheEarlyHoursUpToItsEnd() {
        // 20:30–07:30: not the hour from 20:00, not the hour from 07:00 the next morning
        Map<String, ShiftSpan> night = Map.of("N", new ShiftSpan("N", LocalTime.of(20, 30), LocalTime.of(7, 30), "ALL"));
        List<Seats> cover = List.of(new Seats("agent", 0, 24, 1));
        List<Integer> gaps = gapHours(cover, night, List.of(new Duty(DAY.minusDays(1), "N", "agent"), new Duty(DAY, "N", "agent")), DAY);
        assertEquals(List.of(7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20), gaps);
    }

    @Test
    void aTwentyFourHourShiftCoversItsDayAndTheNextMorningUpToItsStart() {
        Map<String, ShiftSpan> round = Map.of("R", new ShiftSpan("R", LocalTime.of(8, 0), LocalTime.of(8, 0), "ALL"));
        List<Seats> cover = List.of(new Seats("agent", 0, 24, 1));
        assertEquals(List.of(), gapHours(cover, round, List.of(new Duty(DAY.minusDays(1), "R", "agent"), new Duty(DAY, "R", "agent")), DAY));
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), gapHours(cover, round, List.of(new Duty(DAY, "R", "agent")), DAY));
    }

    @Test
    void aShiftEndingAtMidnightCoversNothingOfTheNextDay() {
        Map<String, ShiftSpan> late = Map.of("L", new ShiftSpan("L", LocalTime.of(16, 0), LocalTime.MIDNIGHT, "ALL"));
        List<Seats> cover = List.of(new Seats("agent", 0, 24, 1));
        List<Integer> today = gapHours(cover, late, List.of(new Duty(DAY, "L", "agent")), DAY);
        assertEquals(16, today.size());
        assertEquals(15, today.get(today.size() - 1));
        assertEquals(24, gapHours(cover, late, List.of(new Duty(DAY.minusDays(1), "L", "agent")), DAY).size());
    }

    @Test
    void aGapSaysHowManyAreRosteredAgainstHowManyAreNeeded() {
        Map<String, ShiftSpan> day = Map.of("D", new ShiftSpan("D", LocalTime.of(8, 0), LocalTime.of(20, 0), "ALL"));
        List<Gap> gaps = RosterGaps.find(List.of(new Seats("agent", 9, 10, 3)), day,
                List.of(new Duty(DAY, "D", "agent"), new Duty(DAY, "D", "agent"), new Duty(DAY, "unknown", "agent")), DAY, DAY);
        assertEquals(List.of(new Gap(DAY, 9, "agent", 3, 2)), gaps);
        // exactly as many as needed is no gap
        assertEquals(List.of(), RosterGaps.find(List.of(new Seats("agent", 9, 10, 2)), day,
                List.of(new Duty(DAY, "D", "agent"), new Duty(DAY, "D", "agent")), DAY, DAY));
    }

    @Test
    void everyDayOfThePeriodIsChecked() {
        Map<String, ShiftSpan> day = Map.of("D", new ShiftSpan("D", LocalTime.of(8, 0), LocalTime.of(20, 0), "ALL"));
        List<Gap> gaps = RosterGaps.find(List.of(new Seats("agent", 9, 10, 1)), day, List.of(new Duty(DAY, "D", "agent")), DAY.minusDays(1),
                DAY.plusDays(1));
        assertEquals(List.of(DAY.minusDays(1), DAY.plusDays(1)), gaps.stream().map(Gap::dayOn).toList());
    }
}
