package com.gasline.inspections.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gasline.inspections.api.rest.CheckItem;
import com.gasline.inspections.api.rest.CheckedItem;
import com.gasline.inspections.api.rest.HazardGrade;
import com.gasline.inspections.api.rest.NewHazard;
import com.gasline.inspections.api.rest.NewVisit;
import com.gasline.inspections.api.rest.Outcome;
import com.gasline.inspections.api.rest.VisitResult;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.ProblemException;

class VisitRulesTest {

    /** Every item OK, except those named hazardous. */
    private static List<CheckedItem> checklist(CheckItem... hazardous) {
        List<CheckItem> bad = Arrays.asList(hazardous);
        return Arrays.stream(CheckItem.values()).map(i -> new CheckedItem(i, bad.contains(i) ? Outcome.HAZARD : Outcome.OK, null)).toList();
    }

    private static NewHazard hazard(CheckItem item, HazardGrade grade, Boolean suspend) {
        return new NewHazard(item, grade, "胶管老化", List.of(), suspend);
    }

    private static NewVisit inspected(List<CheckedItem> lines, List<NewHazard> hazards) {
        return new NewVisit(VisitResult.INSPECTED, null, lines, hazards, null, null, null);
    }

    /** The fields the visit is refused on, or none. */
    private static List<String> refused(NewVisit v) {
        try {
            VisitRules.check(v).throwIfInvalid();
            return List.of();
        } catch (ProblemException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
    }

    @Test
    void aFullChecklistWithItsHazardsIsAccepted() {
        assertEquals(List.of(), refused(inspected(checklist(), List.of())));
        assertEquals(List.of(), refused(inspected(checklist(CheckItem.HOSE_AGE, CheckItem.VALVE),
                List.of(hazard(CheckItem.HOSE_AGE, HazardGrade.SERIOUS, null), hazard(CheckItem.VALVE, HazardGrade.CRITICAL, true)))));
    }

    @Test
    void everyItemIsAnsweredExactlyOnce() {
        List<CheckedItem> short1 = new ArrayList<>(checklist());
        short1.remove(0);
        assertEquals(List.of("checklist"), refused(inspected(short1, List.of())));
        List<CheckedItem> twice = new ArrayList<>(checklist());
        twice.add(new CheckedItem(CheckItem.VALVE, Outcome.OK, null));
        assertEquals(List.of("checklist[9].item"), refused(inspected(twice, List.of())));
        assertEquals(List.of("checklist"), refused(inspected(null, List.of())));
        List<CheckedItem> blank = new ArrayList<>(checklist());
        blank.add(new CheckedItem(null, Outcome.OK, null));
        assertEquals(List.of("checklist[9]"), refused(inspected(blank, List.of())));
        List<CheckedItem> noOutcome = new ArrayList<>(checklist());
        noOutcome.add(new CheckedItem(CheckItem.VALVE, null, null));
        assertEquals(List.of("checklist[9]"), refused(inspected(noOutcome, List.of())));
    }

    @Test
    void aHazardousItemNeedsItsHazardAndOnlyOne() {
        assertEquals(List.of("hazards"), refused(inspected(checklist(CheckItem.HOSE_AGE), List.of())));
        assertEquals(List.of("hazards[0].item"), refused(inspected(checklist(), List.of(hazard(CheckItem.HOSE_AGE, HazardGrade.GENERAL, null)))));
        assertEquals(List.of("hazards[1].item"), refused(inspected(checklist(CheckItem.HOSE_AGE), List.of(
                hazard(CheckItem.HOSE_AGE, HazardGrade.GENERAL, null), hazard(CheckItem.HOSE_AGE, HazardGrade.SERIOUS, null)))));
    }

    @Test
    void aHazardIsGradedDescribedAndOnlyCriticalStopsTheSupply() {
        assertEquals(List.of("hazards[0].grade"), refused(inspected(checklist(CheckItem.VALVE), List.of(hazard(CheckItem.VALVE, null, null)))));
        assertEquals(List.of("hazards[0].description"), refused(inspected(checklist(CheckItem.VALVE),
                List.of(new NewHazard(CheckItem.VALVE, HazardGrade.GENERAL, " ", null, null)))));
        assertEquals(List.of("hazards[0].suspendSupply"), refused(inspected(checklist(CheckItem.VALVE),
                List.of(hazard(CheckItem.VALVE, HazardGrade.SERIOUS, true)))));
        assertEquals(List.of(), refused(inspected(checklist(CheckItem.VALVE), List.of(hazard(CheckItem.VALVE, HazardGrade.SERIOUS, false)))));
        assertEquals(List.of("hazards[0].photoIds"), refused(inspected(checklist(CheckItem.VALVE),
                List.of(new NewHazard(CheckItem.VALVE, HazardGrade.GENERAL, "x", java.util.Collections.nCopies(11, "p"), null)))));
        assertEquals(List.of(), refused(inspected(checklist(CheckItem.VALVE),
                List.of(new NewHazard(CheckItem.VALVE, HazardGrade.GENERAL, "x", java.util.Collections.nCopies(10, "p"), null)))));
        List<NewHazard> withNull = new ArrayList<>();
        withNull.add(null);
        assertTrue(refused(inspected(checklist(), withNull)).contains("hazards[0]"));
    }

    @Test
    void aRefusalGivesTheCustomersReasonAndRecordsNoFindings() {
        assertEquals(List.of("refusalReason"), refused(new NewVisit(VisitResult.REFUSED, null, null, null, " ", null, null)));
        assertEquals(List.of(), refused(new NewVisit(VisitResult.REFUSED, null, List.of(), List.of(), "老人身体不适", null, null)));
        assertEquals(List.of("checklist", "hazards"), refused(new NewVisit(VisitResult.NO_ACCESS, null, checklist(),
                List.of(hazard(CheckItem.VALVE, HazardGrade.GENERAL, null)), null, null, null)));
        assertEquals(List.of(), refused(new NewVisit(VisitResult.NO_ACCESS, null, null, null, null, null, "门上留言")));
        assertEquals(List.of("result"), refused(new NewVisit(null, null, null, null, null, null, null)));
    }
}
