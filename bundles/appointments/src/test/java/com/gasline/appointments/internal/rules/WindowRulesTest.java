package com.gasline.appointments.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gasline.appointments.api.rest.Window;
import com.gasline.appointments.api.rest.Windows;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.problem.Validation;

class WindowRulesTest {

    private static final Window AM = new Window("AM", "09:00", "12:00", 2);
    private static final Window PM = new Window("PM", "14:00", "17:00", 2);

    private static List<String> refused(Validation v) {
        try {
            v.throwIfInvalid();
            return List.of();
        } catch (ProblemException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
    }

    private static List<String> refused(Integer daysAhead, Window... windows) {
        return refused(WindowRules.check(new Windows(Arrays.asList(windows), daysAhead)));
    }

    @Test
    void separateWindowsWithCapacityAreAccepted() {
        assertEquals(List.of(), refused(14, AM, PM));
        assertEquals(List.of(), refused(1, new Window("A", "09:00", "12:00", 0), new Window("B", "12:00", "13:00", 50)));
        assertEquals(List.of(), refused(60, AM));
    }

    @Test
    void windowsMayNotOverlapNorRunBackwards() {
        assertEquals(List.of("windows[1].starts"), refused(14, AM, new Window("X", "11:59", "13:00", 1)));
        assertEquals(List.of("windows[1].starts"), refused(14, AM, new Window("X", "08:00", "09:01", 1)));
        assertEquals(List.of("windows[0].ends"), refused(14, new Window("X", "12:00", "12:00", 1)));
        assertEquals(List.of("windows[0].ends"), refused(14, new Window("X", "13:00", "12:00", 1)));
    }

    @Test
    void eachFieldIsChecked() {
        assertEquals(List.of("windows[1].code"), refused(14, AM, new Window("AM", "14:00", "15:00", 1)));
        assertEquals(List.of("windows[0].code"), refused(14, new Window("am", "14:00", "15:00", 1)));
        assertEquals(List.of("windows[0].starts"), refused(14, new Window("A", "24:00", "15:00", 1)));
        assertEquals(List.of("windows[0].ends"), refused(14, new Window("A", "14:00", "3pm", 1)));
        assertEquals(List.of("windows[0].capacity"), refused(14, new Window("A", "14:00", "15:00", 51)));
        assertEquals(List.of("windows[0].capacity"), refused(14, new Window("A", "14:00", "15:00", -1)));
        assertEquals(List.of("windows[0].capacity"), refused(14, new Window("A", "14:00", "15:00", null)));
        assertEquals(List.of("bookingDaysAhead"), refused(0, AM));
        assertEquals(List.of("bookingDaysAhead"), refused(61, AM));
        assertEquals(List.of("bookingDaysAhead"), refused(null, AM));
        assertEquals(List.of("windows"), refused(14));
        assertEquals(List.of("windows"), refused(14, Collections.nCopies(7, AM).toArray(Window[]::new)).subList(0, 1));
        List<Window> withNull = new ArrayList<>(List.of(AM));
        withNull.add(null);
        assertEquals(List.of("windows[1]"), refused(WindowRules.check(new Windows(withNull, 14))));
        assertEquals(List.of("windows"), refused(WindowRules.check(new Windows(null, 14))));
    }

    @Test
    void aWindowIsBookedBeforeItEndsAndWithinTheHorizon() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        OffsetDateTime now = OffsetDateTime.parse("2026-12-01T10:00:00+08:00");
        OffsetDateTime ends = OffsetDateTime.parse("2026-12-01T12:00:00+08:00");
        assertEquals(List.of(), refused(WindowRules.bookable(today, ends, now, today, 14)));
        assertEquals(List.of("window"), refused(WindowRules.bookable(today, now, now, today, 14)));
        assertEquals(List.of(), refused(WindowRules.bookable(today.plusDays(14), ends.plusDays(14), now, today, 14)));
        assertEquals(List.of("day"), refused(WindowRules.bookable(today.plusDays(15), ends.plusDays(15), now, today, 14)));
    }

    @Test
    void arrivalCountsOnTimeInsideTheWindowBothEndsIncluded() {
        OffsetDateTime starts = OffsetDateTime.parse("2026-12-03T14:00:00+08:00");
        OffsetDateTime ends = OffsetDateTime.parse("2026-12-03T17:00:00+08:00");
        assertTrue(WindowRules.onTime(starts, starts, ends));
        assertTrue(WindowRules.onTime(ends, starts, ends));
        assertFalse(WindowRules.onTime(starts.minusSeconds(1), starts, ends));
        assertFalse(WindowRules.onTime(ends.plusSeconds(1), starts, ends));
    }

    @Test
    void theRateIsPerCentWithOneDecimal() {
        assertEquals(66.7, WindowRules.rate(2, 3));
        assertEquals(100.0, WindowRules.rate(4, 4));
        assertNull(WindowRules.rate(0, 0));
    }
}
