package com.gasline.ticketing.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.gasline.platform.api.problem.ProblemException;
import com.gasline.ticketing.api.rest.SlaRule;

class SlaClocksTest {

    private static final BusinessCalendar PLAIN = new BusinessCalendar(Map.of());
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static ZonedDateTime at(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), SHANGHAI);
    }

    /** Due for a branch in Shanghai. */
    private static ZonedDateTime due(SlaRule rule, ZonedDateTime start, BusinessCalendar calendar) {
        return SlaClocks.due(rule, start, SHANGHAI, calendar);
    }

    private static SlaRule rule(String type, String variant, String clock) {
        return SlaClocks.applicable(SlaClocks.DEFAULTS, type, variant, "CALLBACK".equals(clock)).get(clock);
    }

    @Test
    void leakArrivalHourRunsAcrossMidnight() {
        assertEquals(at("2026-11-25T00:30"), due(rule("EMERGENCY", null, "ARRIVAL"), at("2026-11-24T23:30"), PLAIN));
    }

    @Test
    void theBranchZoneCountsWhateverZoneTheTimeArrivesIn() {
        // 15:30 UTC is 23:30 in Shanghai
        ZonedDateTime utc = ZonedDateTime.of(2026, 11, 24, 15, 30, 0, 0, ZoneOffset.UTC);
        assertEquals(at("2026-11-25T00:30"), due(rule("EMERGENCY", null, "ARRIVAL"), utc, PLAIN));
        // an evening repair by UTC clock: 11:30 UTC is 19:30 in Shanghai → noon next day
        ZonedDateTime evening = ZonedDateTime.of(2026, 11, 24, 11, 30, 0, 0, ZoneOffset.UTC);
        assertEquals(at("2026-11-25T12:00"), due(rule("REPAIR", null, "ARRIVAL"), evening, PLAIN));
    }

    @Test
    void aBranchInAnotherZoneHasItsOwnEvening() {
        // 11:30 UTC is 17:30 in Urumqi: not yet evening there, so the usual 4 hours
        ZoneId urumqi = ZoneId.of("Asia/Urumqi");
        ZonedDateTime afternoon = ZonedDateTime.of(2026, 11, 24, 11, 30, 0, 0, ZoneOffset.UTC);
        assertEquals(ZonedDateTime.of(LocalDateTime.parse("2026-11-24T21:30"), urumqi),
                SlaClocks.due(rule("REPAIR", null, "ARRIVAL"), afternoon, urumqi, PLAIN));
    }

    @Test
    void indoorFaultsAfterSevenInTheEveningAreDueAtNoonNextDay() {
        SlaRule repair = rule("REPAIR", null, "ARRIVAL");
        assertEquals(at("2026-11-24T22:59"), due(repair, at("2026-11-24T18:59"), PLAIN));
        assertEquals(at("2026-11-25T12:00"), due(repair, at("2026-11-24T19:00"), PLAIN));
        assertEquals(at("2026-11-25T12:00"), due(repair, at("2026-11-24T23:50"), PLAIN));
        // reported in the small hours: noon the same day
        assertEquals(at("2026-11-25T12:00"), due(repair, at("2026-11-25T02:10"), PLAIN));
    }

    @Test
    void workingDaysSkipAPublicHoliday() {
        // 2026-10-01 (Thursday) to 10-07 National Day holiday; a modification asked on 2026-09-30 (Wednesday)
        BusinessCalendar national = new BusinessCalendar(Map.of(LocalDate.of(2026, 10, 1), "HOLIDAY", LocalDate.of(2026, 10, 2), "HOLIDAY",
                LocalDate.of(2026, 10, 5), "HOLIDAY", LocalDate.of(2026, 10, 6), "HOLIDAY", LocalDate.of(2026, 10, 7), "HOLIDAY"));
        SlaRule modification = rule("APPOINTMENT", "MODIFICATION", "RESOLUTION");
        // 5 working days: Oct 8, 9, 12, 13, 14
        assertEquals(at("2026-10-14T23:59:59"), due(modification, at("2026-09-30T10:00"), national));
        assertEquals(at("2026-10-07T23:59:59"), due(modification, at("2026-09-30T10:00"), PLAIN));
    }

    @Test
    void aMakeUpSaturdayCountsAsAWorkingDay() {
        // Saturday 2026-10-10 worked in exchange (调休)
        BusinessCalendar swapped = new BusinessCalendar(Map.of(LocalDate.of(2026, 10, 10), "WORKDAY"));
        SlaRule modification = rule("APPOINTMENT", "MODIFICATION", "RESOLUTION");
        // asked Thursday 10-08: Fri 9, Sat 10 (make-up), Mon 12, Tue 13, Wed 14
        assertEquals(at("2026-10-14T23:59:59"), due(modification, at("2026-10-08T09:00"), swapped));
        assertEquals(at("2026-10-15T23:59:59"), due(modification, at("2026-10-08T09:00"), PLAIN));
    }

    @Test
    void complaintGradesGetTheirOwnClocks() {
        Map<String, SlaRule> major = SlaClocks.applicable(SlaClocks.DEFAULTS, "COMPLAINT", "MAJOR", false);
        assertEquals(List.of("REPLY", "ESCALATION", "RESOLUTION"), List.copyOf(major.keySet()));
        assertEquals(2, major.get("REPLY").amount());
        assertEquals(at("2026-11-24T23:59:59"), due(major.get("ESCALATION"), at("2026-11-24T09:15"), PLAIN));
        Map<String, SlaRule> minor = SlaClocks.applicable(SlaClocks.DEFAULTS, "COMPLAINT", "MINOR", false);
        assertEquals(24, minor.get("REPLY").amount());
        assertEquals(at("2026-11-26T09:15"), due(minor.get("RESOLUTION"), at("2026-11-24T09:15"), PLAIN));
    }

    @Test
    void badPoliciesNameTheField() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> SlaClocks.check(List.of(new SlaRule("REPAIR", null, "LUNCH", 0, "WEEKS", false))));
        assertEquals(List.of("rules[0].clock", "rules[0].unit", "rules[0].amount"), e.errors().stream().map(f -> f.field()).toList());
    }

    @Test
    void flowRefusesStepsOutOfOrder() {
        assertEquals("DISPATCHED", TicketFlow.DISPATCH.apply("RECEIVED", "REPAIR"));
        assertEquals(409, assertThrows(ProblemException.class, () -> TicketFlow.CALLBACK.apply("IN_PROGRESS", "REPAIR")).status());
        assertEquals(409, assertThrows(ProblemException.class, () -> TicketFlow.CLOSE.apply("RESOLVED", "REPAIR")).status());
        assertEquals("CLOSED", TicketFlow.CLOSE.apply("RESOLVED", "CONSULTATION"));
        assertEquals("DISPATCHED", TicketFlow.REOPEN.apply("CALLED_BACK", "REPAIR"));
        assertEquals(409, assertThrows(ProblemException.class, () -> TicketFlow.REOPEN.apply("CLOSED", "REPAIR")).status());
    }
}
