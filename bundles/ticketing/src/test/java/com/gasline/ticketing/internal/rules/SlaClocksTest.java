package com.gasline.ticketing.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collections;
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

    private static ZonedDateTime due(SlaRule rule, ZonedDateTime start) {
        return due(rule, start, PLAIN);
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
    void aRepairReportedBeforeSevenInTheMorningIsDueAtNoonThatDay() {
        SlaRule repair = rule("REPAIR", null, "ARRIVAL");
        assertEquals(at("2026-11-25T12:00"), due(repair, at("2026-11-25T06:59")));
        assertEquals(at("2026-11-25T12:00"), due(repair, at("2026-11-25T00:00")));
        // from 07:00 the usual 4 hours run
        assertEquals(at("2026-11-25T11:00"), due(repair, at("2026-11-25T07:00")));
    }

    @Test
    void aLeakAtNightGetsItsHourNotTheNextNoon() {
        SlaRule leak = rule("EMERGENCY", null, "ARRIVAL");
        assertEquals(at("2026-11-24T21:00"), due(leak, at("2026-11-24T20:00")));
        assertEquals(at("2026-11-25T04:10"), due(leak, at("2026-11-25T03:10")));
    }

    @Test
    void aCallbackClockCountsCalendarDays() {
        assertEquals(at("2026-11-27T16:00"), due(rule("EMERGENCY", null, "CALLBACK"), at("2026-11-24T16:00")));
    }

    @Test
    void anUnknownUnitIsNeverGivenADeadline() {
        assertThrows(IllegalArgumentException.class,
                () -> due(new SlaRule("REPAIR", null, "ARRIVAL", 2, "WEEKS", false), at("2026-11-24T10:00"), PLAIN));
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
    void aPolicyWithoutRulesIsRefused() {
        for (List<SlaRule> none : Arrays.asList(List.<SlaRule>of(), null)) {
            ProblemException e = assertThrows(ProblemException.class, () -> SlaClocks.check(none));
            assertEquals(400, e.status());
            assertEquals(List.of("rules"), e.errors().stream().map(f -> f.field()).toList());
        }
    }

    @Test
    void aDeadlineIsOneTo365Units() {
        for (int amount : new int[] { -1, 366 }) {
            ProblemException e = assertThrows(ProblemException.class,
                    () -> SlaClocks.check(List.of(new SlaRule("REPAIR", null, "ARRIVAL", amount, "DAYS", false))), "amount " + amount);
            assertEquals(List.of("rules[0].amount"), e.errors().stream().map(f -> f.field()).toList());
        }
        assertThrows(ProblemException.class, () -> SlaClocks.check(List.of(new SlaRule("REPAIR", null, "ARRIVAL", null, "DAYS", false))));
        SlaClocks.check(List.of(new SlaRule("REPAIR", null, "ARRIVAL", 1, "HOURS", false), new SlaRule("REPAIR", null, "CALLBACK", 365, "DAYS", false)));
    }

    @Test
    void onlyTheEndOfTheDayTakesNoAmount() {
        SlaClocks.check(List.of(new SlaRule("COMPLAINT", "MAJOR", "ESCALATION", 0, "END_OF_DAY", false)));
        ProblemException e = assertThrows(ProblemException.class,
                () -> SlaClocks.check(List.of(new SlaRule("COMPLAINT", null, "REPLY", 0, "HOURS", false))));
        assertEquals(List.of("rules[0].amount"), e.errors().stream().map(f -> f.field()).toList());
    }

    @Test
    void aRuleForAnUnknownTicketTypeIsNamedAndTheOthersStillChecked() {
        ProblemException e = assertThrows(ProblemException.class, () -> SlaClocks.check(Arrays.asList(
                new SlaRule("PICNIC", null, "ARRIVAL", 1, "HOURS", false), null, new SlaRule("REPAIR", null, "ARRIVAL", 1, "YEARS", false))));
        assertEquals(List.of("rules[0].type", "rules[1].type", "rules[2].unit"), e.errors().stream().map(f -> f.field()).toList());
    }

    @Test
    void emptyRulesAndBadVariantsAreNamedNotThrown() {
        ProblemException e = assertThrows(ProblemException.class, () -> SlaClocks.check(List.of(new SlaRule(null, null, null, null, null, null),
                new SlaRule("REPAIR", null, null, 1, "HOURS", false), new SlaRule("REPAIR", "x".repeat(17), "ARRIVAL", 1, "HOURS", false),
                new SlaRule("REPAIR", " ", "ARRIVAL", 1, "HOURS", false))));
        assertEquals(List.of("rules[0].type", "rules[1].clock", "rules[2].variant", "rules[3].variant"),
                e.errors().stream().map(f -> f.field()).toList());
        SlaClocks.check(List.of(new SlaRule("REPAIR", "x".repeat(16), "ARRIVAL", 1, "HOURS", false)));
    }

    @Test
    void aPolicyFitsItsColumn() {
        SlaRule rule = new SlaRule("REPAIR", null, "ARRIVAL", 1, "HOURS", false);
        SlaClocks.check(Collections.nCopies(SlaClocks.MAX_RULES, rule));
        ProblemException e = assertThrows(ProblemException.class,
                () -> SlaClocks.check(Collections.nCopies(SlaClocks.MAX_RULES + 1, rule)));
        assertEquals(List.of("rules"), e.errors().stream().map(f -> f.field()).toList());
    }

    @Test
    void theCallbackClockIsKeptApartFromTheOthers() {
        assertEquals(List.of("CALLBACK"), List.copyOf(SlaClocks.applicable(SlaClocks.DEFAULTS, "COMPLAINT", "MAJOR", true).keySet()));
        assertEquals(List.of("ARRIVAL"), List.copyOf(SlaClocks.applicable(SlaClocks.DEFAULTS, "REPAIR", null, false).keySet()));
        // a variant of another type does not apply
        // a grade of another type does not apply
        assertEquals(List.of("ARRIVAL"), List.copyOf(SlaClocks.applicable(SlaClocks.DEFAULTS, "REPAIR", "MAJOR", false).keySet()));
    }

    @Test
    void aWeekendIsNoWorkingDayAndAHolidayOnAWeekdayIsNone() {
        BusinessCalendar calendar = new BusinessCalendar(Map.of(LocalDate.of(2026, 10, 1), "HOLIDAY"));
        assertEquals(List.of(false, true, false, false, true), List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 9, 30),
                LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 4), LocalDate.of(2026, 10, 9)).stream().map(calendar::isWorkingDay).toList());
    }

    @Test
    void aReplyLeavesTheTicketWhereItIs() {
        assertEquals("IN_PROGRESS", TicketFlow.REPLY.apply("IN_PROGRESS", "COMPLAINT"));
        assertEquals("RESOLVED", TicketFlow.REPLY.apply("RESOLVED", "COMPLAINT"));
        assertEquals(409, assertThrows(ProblemException.class, () -> TicketFlow.REPLY.apply("CLOSED", "COMPLAINT")).status());
    }

    @Test
    void onlyAResolvedConsultationClosesWithoutCallback() {
        assertEquals(409, assertThrows(ProblemException.class, () -> TicketFlow.CLOSE.apply("IN_PROGRESS", "CONSULTATION")).status());
        assertEquals("CLOSED", TicketFlow.CLOSE.apply("CALLED_BACK", "REPAIR"));
        ProblemException e = assertThrows(ProblemException.class, () -> TicketFlow.START.apply("RESOLVED", "REPAIR"));
        assertEquals("A ticket in status RESOLVED cannot take the step START", e.detail().en());
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
