package com.gasline.duties.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;

/** 巡检: one round at the start of the shift and one every interval after, as long as the shift lasts. */
class CheckRoundsTest {

    @Test
    void instrumentsEveryFifteenMinutesOnATwelveHourShift() {
        // 08:00, 08:15, … 19:45: the 20:00 round is the next shift's first
        assertEquals(48, CheckRounds.due(LocalTime.of(8, 0), LocalTime.of(20, 0), 15));
    }

    @Test
    void anIntervalThatDoesNotDivideTheShiftStillGetsTheLastRoundInside() {
        // 08:00, 08:50, … 19:40 (14 × 50 min after the start) is still within the shift: 15 rounds
        assertEquals(15, CheckRounds.due(LocalTime.of(8, 0), LocalTime.of(20, 0), 50));
    }

    @Test
    void anHourlyNightPatrolCountsPastMidnight() {
        assertEquals(12, CheckRounds.due(LocalTime.of(20, 0), LocalTime.of(8, 0), 60));
        assertEquals(9, CheckRounds.due(LocalTime.of(22, 30), LocalTime.of(7, 0), 60));
    }

    @Test
    void halfHourShiftsCountTheirMinutes() {
        // 08:30–17:00 is 510 minutes: rounds at 08:30, 09:00, … 16:30
        assertEquals(17, CheckRounds.due(LocalTime.of(8, 30), LocalTime.of(17, 0), 30));
        assertEquals(2, CheckRounds.due(LocalTime.of(8, 30), LocalTime.of(9, 15), 30));
    }

    @Test
    void aRoundTheClockShiftLastsADay() {
        assertEquals(24, CheckRounds.due(LocalTime.of(8, 0), LocalTime.of(8, 0), 60));
    }

    @Test
    void anIntervalLongerThanTheShiftIsOneRoundAtTheStart() {
        assertEquals(1, CheckRounds.due(LocalTime.of(8, 0), LocalTime.of(9, 0), 120));
    }
}
