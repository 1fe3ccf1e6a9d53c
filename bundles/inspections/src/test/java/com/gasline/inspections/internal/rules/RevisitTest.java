package com.gasline.inspections.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gasline.inspections.internal.rules.Revisit.Part;
import com.gasline.inspections.internal.rules.Revisit.Slot;

class RevisitTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** 2026-12-07 is a Monday. */
    private static ZonedDateTime at(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 12, day, hour, minute, 0, 0, SHANGHAI);
    }

    @Test
    void slotsSplitTheDayAtNoonAndSixAndTellWeekendsApart() {
        assertEquals(new Slot(false, Part.MORNING), Revisit.slot(at(7, 11, 59)));
        assertEquals(new Slot(false, Part.AFTERNOON), Revisit.slot(at(7, 12, 0)));
        assertEquals(new Slot(false, Part.AFTERNOON), Revisit.slot(at(7, 17, 59)));
        assertEquals(new Slot(false, Part.EVENING), Revisit.slot(at(7, 18, 0)));
        assertEquals(new Slot(false, Part.MORNING), Revisit.slot(at(11, 9, 0)));
        assertEquals(new Slot(true, Part.MORNING), Revisit.slot(at(12, 9, 0)));
        assertEquals(new Slot(true, Part.MORNING), Revisit.slot(at(13, 9, 0)));
    }

    @Test
    void aRevisitMustTryAnotherTime() {
        List<ZonedDateTime> missed = List.of(at(7, 10, 0));
        assertFalse(Revisit.triesAnotherTime(at(9, 9, 30), missed), "another weekday morning");
        assertTrue(Revisit.triesAnotherTime(at(9, 19, 0), missed), "a weekday evening");
        assertTrue(Revisit.triesAnotherTime(at(12, 10, 0), missed), "a Saturday morning");
        assertFalse(Revisit.triesAnotherTime(at(10, 19, 0), List.of(at(7, 10, 0), at(8, 18, 30))), "evening tried too");
        assertTrue(Revisit.triesAnotherTime(at(7, 10, 0), List.of()), "a first visit may come any time");
    }

    @Test
    void theLastAllowedTryMakesTheHouseholdUnreachable() {
        assertFalse(Revisit.unreachable(2, 3));
        assertTrue(Revisit.unreachable(3, 3));
        assertTrue(Revisit.unreachable(4, 3));
    }
}
