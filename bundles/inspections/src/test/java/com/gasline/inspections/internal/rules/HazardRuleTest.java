package com.gasline.inspections.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.gasline.inspections.api.rest.HazardGrade;
import com.gasline.inspections.api.rest.HazardStatus;

class HazardRuleTest {

    private static final LocalDate FOUND = LocalDate.of(2026, 12, 5);

    @Test
    void deadlinesFollowTheGrade() {
        assertEquals(LocalDate.of(2027, 1, 4), HazardRule.deadline(HazardGrade.GENERAL, FOUND));
        assertEquals(LocalDate.of(2026, 12, 12), HazardRule.deadline(HazardGrade.SERIOUS, FOUND));
        assertEquals(LocalDate.of(2026, 12, 6), HazardRule.deadline(HazardGrade.CRITICAL, FOUND));
    }

    @Test
    void anOpenHazardIsOverdueTheDayAfterItsDeadline() {
        LocalDate deadline = LocalDate.of(2026, 12, 12);
        assertFalse(HazardRule.overdue(HazardStatus.OPEN, deadline, deadline));
        assertTrue(HazardRule.overdue(HazardStatus.OPEN, deadline, deadline.plusDays(1)));
        assertFalse(HazardRule.overdue(HazardStatus.CLOSED, deadline, deadline.plusDays(1)));
    }

    @Test
    void onlyACriticalHazardStopsTheSupply() {
        assertTrue(HazardRule.maySuspendSupply(HazardGrade.CRITICAL));
        assertFalse(HazardRule.maySuspendSupply(HazardGrade.SERIOUS));
        assertFalse(HazardRule.maySuspendSupply(HazardGrade.GENERAL));
    }
}
