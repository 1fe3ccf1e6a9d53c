package com.gasline.cylinders.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.gasline.cylinders.api.CylinderStock.StockLine;
import com.gasline.cylinders.api.rest.StockCount;
import com.gasline.cylinders.internal.rules.StockMoves.Place;
import com.gasline.platform.api.problem.ProblemException;

class StockMovesTest {

    @Test
    void anExchangeHandsTheFullCylinderToTheCustomer() {
        assertEquals(new Place("WITH_CUSTOMER", "CUSTOMER", "王建国"), StockMoves.issued("王建国"));
    }

    @Test
    void theEmptyTakenBackStaysAtThePointAndWaitsForInspectionWhenDue() {
        assertEquals(new Place("EMPTY", "POINT", "P01"), StockMoves.takenBack(false, "P01"));
        assertEquals(new Place("AWAITING_INSPECTION", "POINT", "P01"), StockMoves.takenBack(true, "P01"));
    }

    @Test
    void onlyACylinderOfTheExchangedSpecThatIsWithACustomerIsTakenBack() {
        assertTrue(StockMoves.mayTakeBack("WITH_CUSTOMER", "YSP-15", "YSP-15"));
        assertFalse(StockMoves.mayTakeBack("WITH_CUSTOMER", "YSP-50", "YSP-15"));
        assertFalse(StockMoves.mayTakeBack("EMPTY", "YSP-15", "YSP-15"));
        assertFalse(StockMoves.mayTakeBack("FULL", "YSP-15", "YSP-15"));
    }

    @Test
    void aDeliveryBringsEmptiesOfThePointOrTheFillingStationBackFull() {
        assertEquals(new Place("FULL", "POINT", "P01"), StockMoves.delivered("A1", "EMPTY", "POINT", "P01", "P01"));
        assertEquals(new Place("FULL", "POINT", "P01"), StockMoves.delivered("A1", "EMPTY", "STATION", "充装站", "P01"));
    }

    @Test
    void anEmptyOfAnotherPointCannotBeDeliveredHere() {
        ProblemException e = assertThrows(ProblemException.class, () -> StockMoves.delivered("A1", "EMPTY", "POINT", "P02", "P01"));
        assertEquals(422, e.status());
        assertThrows(ProblemException.class, () -> StockMoves.delivered("A1", "EMPTY", "CUSTOMER", null, "P01"));
    }

    @Test
    void aDeliveryOfACylinderThatIsNotEmptyIsAConflict() {
        for (String status : List.of("FULL", "WITH_CUSTOMER", "AWAITING_INSPECTION", "REJECTED", "SCRAPPED")) {
            ProblemException e = assertThrows(ProblemException.class, () -> StockMoves.delivered("A1", status, "POINT", "P01", "P01"), status);
            assertEquals(409, e.status(), status);
            assertEquals("Cylinder A1 is " + status, e.detail().en());
        }
    }

    @Test
    void aDispatchSendsThePointsEmptiesToTheFillingStation() {
        assertEquals(new Place("EMPTY", "STATION", "充装站"), StockMoves.dispatched("A1", "EMPTY", "POINT", "P01", "P01"));
    }

    @Test
    void aFullCylinderIsNeverDispatched() {
        assertEquals(409, assertThrows(ProblemException.class, () -> StockMoves.dispatched("A1", "FULL", "POINT", "P01", "P01")).status());
    }

    @Test
    void anotherPointsEmptyOrOneWithACustomerIsNotDispatchedFromHere() {
        assertEquals(422, assertThrows(ProblemException.class, () -> StockMoves.dispatched("A1", "EMPTY", "POINT", "P02", "P01")).status());
        assertEquals(422, assertThrows(ProblemException.class, () -> StockMoves.dispatched("A1", "EMPTY", "STATION", "P01", "P01")).status());
    }

    @Test
    void aStatusOutsideTheAllowedOnesIsAConflictNamingTheCylinder() {
        StockMoves.requireStatus("A1", "EMPTY", "FULL", "EMPTY");
        ProblemException e = assertThrows(ProblemException.class, () -> StockMoves.requireStatus("A1", "REJECTED", "FULL", "EMPTY"));
        assertEquals(409, e.status());
        assertEquals("Cylinder A1 is REJECTED", e.detail().en());
    }

    @Test
    void aCountListsEverySpecAndStatusOfTheBookOrTheCountWithItsDifference() {
        List<StockLine> book = List.of(new StockLine("YSP-15", "FULL", 20), new StockLine("YSP-15", "EMPTY", 5), new StockLine("YSP-50", "FULL", 2));
        List<StockCount.Line> counted = List.of(line("YSP-50", "FULL", 2), line("YSP-15", "FULL", 18), line("YSP-15", "REJECTED", 1));
        assertEquals(List.of(
                new StockCount.Line("YSP-15", "EMPTY", 0, 5, -5),
                new StockCount.Line("YSP-15", "FULL", 18, 20, -2),
                new StockCount.Line("YSP-15", "REJECTED", 1, 0, 1),
                new StockCount.Line("YSP-50", "FULL", 2, 2, 0)), StockMoves.count(book, counted));
    }

    @Test
    void aSpecAndStatusCountedOnTwoLinesAddsUp() {
        List<StockCount.Line> counted = List.of(line("YSP-15", "FULL", 10), line("YSP-15", "FULL", 9));
        assertEquals(List.of(new StockCount.Line("YSP-15", "FULL", 19, 20, -1)),
                StockMoves.count(List.of(new StockLine("YSP-15", "FULL", 20)), counted));
    }

    @Test
    void aPointWithFewerFullsThanItsThresholdIsLowForThatSpec() {
        List<StockLine> stock = List.of(new StockLine("YSP-15", "FULL", 10), new StockLine("YSP-15", "EMPTY", 30),
                new StockLine("YSP-50", "FULL", 9), new StockLine("YSP-5", "EMPTY", 40));
        // YSP-15 has exactly the threshold, YSP-50 one less, YSP-5 only empties: the empties never count
        assertEquals(List.of("YSP-50", "YSP-5"), StockMoves.low(List.of("YSP-15", "YSP-50", "YSP-5"), stock, 10));
        assertEquals(List.of(), StockMoves.low(List.of("YSP-15", "YSP-50"), stock, 9));
    }

    private static StockCount.Line line(String spec, String status, int counted) {
        return new StockCount.Line(spec, status, counted, 0, 0);
    }
}
