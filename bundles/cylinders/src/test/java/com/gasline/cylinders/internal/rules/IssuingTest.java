package com.gasline.cylinders.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gasline.platform.api.problem.FieldError;

class IssuingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static List<FieldError> issue(String status, LocalDate next, LocalDate scrap, String spec, String atPoint) {
        return Issuing.refusals("A1", status, spec, "POINT", atPoint, next, scrap, "YSP-15", "P01", TODAY);
    }

    @Test
    void aFullInspectedCylinderOfTheSpecMayGo() {
        assertTrue(issue("FULL", TODAY.plusDays(1), null, "YSP-15", "P01").isEmpty());
    }

    @Test
    void dueOnTheInspectionDayItselfIsRefused() {
        assertEquals(1, issue("FULL", TODAY, null, "YSP-15", "P01").size());
        assertTrue(issue("FULL", TODAY, null, "YSP-15", "P01").get(0).message().en().contains("inspection"));
    }

    @Test
    void rejectedScrappedOrPastScrapDateNeverGo() {
        assertTrue(issue("REJECTED", TODAY.plusYears(1), null, "YSP-15", "P01").get(0).message().en().contains("rejected"));
        assertTrue(issue("SCRAPPED", TODAY.plusYears(1), null, "YSP-15", "P01").get(0).message().en().contains("scrapped"));
        assertTrue(issue("FULL", TODAY.plusYears(1), TODAY, "YSP-15", "P01").get(0).message().en().contains("scrap date"));
    }

    @Test
    void wrongSpecOrAnotherPointIsRefused() {
        assertEquals(2, issue("FULL", TODAY.plusYears(1), null, "YSP-50", "P02").size());
        assertFalse(issue("EMPTY", TODAY.plusYears(1), null, "YSP-15", "P01").isEmpty());
    }

    @Test
    void inspectionEveryFourYears() {
        assertEquals(LocalDate.of(2030, 3, 1), Issuing.nextInspection(LocalDate.of(2026, 3, 1)));
        assertTrue(Issuing.due(LocalDate.of(2026, 11, 24), TODAY));
        assertFalse(Issuing.due(LocalDate.of(2026, 11, 25), TODAY));
    }

    @Test
    void remittanceDifferenceKeepsItsSign() {
        Reconciliation short10 = Reconciliation.of(24000, 3, 23000, 3);
        assertEquals(-1000, short10.cashDifferenceFen());
        assertFalse(short10.balanced());
        assertTrue(Reconciliation.of(24000, 3, 24000, 3).balanced());
        assertEquals(1, Reconciliation.of(0, 2, 0, 3).voucherDifference());
    }
}
