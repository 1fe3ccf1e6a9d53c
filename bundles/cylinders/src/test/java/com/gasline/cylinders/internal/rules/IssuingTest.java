package com.gasline.cylinders.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.ProblemException;

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
        assertEquals("钢瓶 A1 已剔除（不合格），不得发出", issue("REJECTED", TODAY.plusYears(1), null, "YSP-15", "P01").get(0).message().zh());
        assertEquals("钢瓶 A1 已报废，不得发出", issue("SCRAPPED", TODAY.plusYears(1), null, "YSP-15", "P01").get(0).message().zh());
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
    void aScrapDateStillAheadDoesNotStopTheCylinder() {
        assertTrue(issue("FULL", TODAY.plusYears(1), TODAY.plusDays(1), "YSP-15", "P01").isEmpty());
        assertEquals(List.of("cylinder A1 reached its scrap date 2026-11-23"),
                issue("FULL", TODAY.plusYears(1), TODAY.minusDays(1), "YSP-15", "P01").stream().map(f -> f.message().en()).toList());
    }

    @Test
    void aCylinderThatIsNotFullIsRefusedOnceForThat() {
        List<FieldError> why = issue("AWAITING_INSPECTION", TODAY.plusYears(1), null, "YSP-15", "P01");
        assertEquals(List.of("cylinder A1 is not full"), why.stream().map(f -> f.message().en()).toList());
        assertEquals("issuedSerial", why.get(0).field());
        // a rejected one is refused as rejected, not also as not full
        assertEquals(1, issue("REJECTED", TODAY.plusYears(1), null, "YSP-15", "P01").size());
    }

    @Test
    void aCylinderWithACustomerIsNotAtThePoint() {
        List<FieldError> why = Issuing.refusals("A1", "FULL", "YSP-15", "CUSTOMER", "P01", TODAY.plusYears(1), null, "YSP-15", "P01", TODAY);
        assertEquals(List.of("cylinder A1 is not at this point"), why.stream().map(f -> f.message().en()).toList());
    }

    @Test
    void aRefusalIsA422LeadingWithTheFirstReason() {
        List<FieldError> why = issue("FULL", TODAY, null, "YSP-50", "P01");
        ProblemException e = (ProblemException) Issuing.refused(why);
        assertEquals(422, e.status());
        assertEquals(why.get(0).message(), e.detail());
        assertEquals(why, e.errors());
    }

    @Test
    void remittanceDifferenceKeepsItsSign() {
        Reconciliation short10 = Reconciliation.of(24000, 3, 23000, 3);
        assertEquals(-1000, short10.cashDifferenceFen());
        assertFalse(short10.balanced());
        assertTrue(Reconciliation.of(24000, 3, 24000, 3).balanced());
        assertEquals(1, Reconciliation.of(0, 2, 0, 3).voucherDifference());
    }

    @Test
    void aRemittanceShortOnlyInVouchersIsNotBalanced() {
        Reconciliation oneVoucherShort = Reconciliation.of(24000, 3, 24000, 2);
        assertEquals(0, oneVoucherShort.cashDifferenceFen());
        assertEquals(-1, oneVoucherShort.voucherDifference());
        assertFalse(oneVoucherShort.balanced());
        assertFalse(Reconciliation.of(24000, 3, 24100, 3).balanced());
    }
}
