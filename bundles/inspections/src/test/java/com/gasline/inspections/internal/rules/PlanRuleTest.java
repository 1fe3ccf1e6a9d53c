package com.gasline.inspections.internal.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PlanRuleTest {

    private static final LocalDate END_H2 = LocalDate.of(2026, 12, 31);

    @Test
    void aHouseholdNeverInspectedIsDue() {
        assertTrue(PlanRule.due(6, null, END_H2));
    }

    @Test
    void residentialHouseholdsAreInspectedTwiceAYear() {
        // inspected in the first half: due again in the second half's plan
        assertTrue(PlanRule.due(6, LocalDate.of(2026, 3, 10), END_H2));
        assertTrue(PlanRule.due(6, LocalDate.of(2026, 6, 30), END_H2));
        // inspected in the second half already: not due before the period ends
        assertFalse(PlanRule.due(6, LocalDate.of(2026, 7, 1), END_H2));
    }

    @Test
    void theIntervalEndingOnTheLastDayIsDue() {
        assertTrue(PlanRule.due(12, LocalDate.of(2025, 12, 31), END_H2));
        assertFalse(PlanRule.due(12, LocalDate.of(2026, 1, 1), END_H2));
    }

    @Test
    void aClassWithoutAnIntervalIsNotPlanned() {
        assertFalse(PlanRule.due(null, null, END_H2));
    }
}
