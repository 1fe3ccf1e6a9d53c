package com.gasline.ticketing.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.gasline.ticketing.internal.rules.TypeTimeliness.Clock;
import com.gasline.ticketing.internal.rules.TypeTimeliness.Counts;

class TypeTimelinessTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-01T10:00:00+08:00");

    private static Clock clock(String type, String ticket, int dueHoursFromNow, Integer metHoursFromNow) {
        return new Clock(type, ticket, NOW.plusHours(dueHoursFromNow), metHoursFromNow == null ? null : NOW.plusHours(metHoursFromNow));
    }

    @Test
    void aTicketIsOnTimeWhenEveryClockWasMetByItsDeadlineAndOverdueWhenOneRanOver() {
        Map<String, Counts> counts = TypeTimeliness.of(List.of(
                clock("REPAIR", "R1", -5, -6), clock("REPAIR", "R1", -1, -2),   // both met early: on time
                clock("REPAIR", "R2", -5, -6), clock("REPAIR", "R2", -1, 0),    // the second met an hour late: overdue
                clock("REPAIR", "R3", -1, null),                                // open past its deadline: overdue
                clock("REPAIR", "R4", -5, -6), clock("REPAIR", "R4", 2, null),  // still running inside its deadline: neither
                clock("COMPLAINT", "C1", -3, -3)), NOW);                        // met exactly at the deadline: on time
        assertEquals(new Counts(1, 2), counts.get("REPAIR"));
        assertEquals(new Counts(1, 0), counts.get("COMPLAINT"));
        assertEquals(2, counts.size());
    }

    @Test
    void aLateClockMakesTheTicketOverdueEvenWhenAnotherIsStillRunning() {
        assertEquals(new Counts(0, 1), TypeTimeliness.of(List.of(clock("EMERGENCY", "E1", 3, null), clock("EMERGENCY", "E1", -1, 1)), NOW)
                .get("EMERGENCY"));
    }
}
