package com.gasline.platform.internal.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import com.gasline.platform.api.notify.QuietHours;

class QuietHoursRuleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final QuietHoursRule night = QuietHoursRule.of(QuietHours.DEFAULT);

    private static ZonedDateTime at(int day, int hour, int minute) {
        return ZonedDateTime.of(2027, 3, day, hour, minute, 0, 0, SHANGHAI);
    }

    @Test
    void aNoticeAt22WaitsForEightTheNextMorning() {
        assertEquals(at(11, 8, 0), night.sendAt(at(10, 22, 0), false));
    }

    @Test
    void aNoticeAfterMidnightWaitsForEightTheSameMorning() {
        assertEquals(at(11, 8, 0), night.sendAt(at(11, 2, 30), false));
    }

    @Test
    void theWindowIncludesItsStartAndExcludesItsEnd() {
        assertEquals(at(11, 8, 0), night.sendAt(at(10, 21, 0), false));
        assertEquals(at(10, 20, 59), night.sendAt(at(10, 20, 59), false));
        assertEquals(at(11, 8, 0), night.sendAt(at(11, 8, 0), false));
    }

    @Test
    void anEmergencyGoesAtOnceEvenAtNight() {
        assertEquals(at(10, 23, 15), night.sendAt(at(10, 23, 15), true));
    }

    @Test
    void aDaytimeWindowDefersToItsEndTheSameDay() {
        QuietHoursRule lunch = QuietHoursRule.of(new QuietHours("12:00", "13:30"));
        assertEquals(at(10, 13, 30), lunch.sendAt(at(10, 12, 45), false));
        assertEquals(at(10, 11, 0), lunch.sendAt(at(10, 11, 0), false));
        assertEquals(at(10, 22, 0), lunch.sendAt(at(10, 22, 0), false));
    }

    @Test
    void equalEndsTurnQuietHoursOff() {
        QuietHoursRule off = QuietHoursRule.of(new QuietHours("08:00", "08:00"));
        assertEquals(at(10, 23, 0), off.sendAt(at(10, 23, 0), false));
    }

    @Test
    void onlyRealClockTimesAreValid() {
        assertTrue(QuietHoursRule.valid("21:00"));
        assertTrue(QuietHoursRule.valid("00:00"));
        assertFalse(QuietHoursRule.valid("24:00"));
        assertFalse(QuietHoursRule.valid("9:00"));
        assertFalse(QuietHoursRule.valid("21:60"));
        assertFalse(QuietHoursRule.valid(null));
    }
}
