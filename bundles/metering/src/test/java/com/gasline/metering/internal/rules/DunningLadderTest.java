package com.gasline.metering.internal.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.gasline.platform.api.problem.ProblemException;

class DunningLadderTest {

    @Test
    void theLadderIsClimbedInOrder() {
        assertDoesNotThrow(() -> DunningLadder.check(List.of(), "REMINDER", 5000, 5));
        assertEquals(422, assertThrows(ProblemException.class, () -> DunningLadder.check(List.of(), "HOME_VISIT", 5000, 200)).status());
        assertDoesNotThrow(() -> DunningLadder.check(List.of("REMINDER", "DEMAND_LETTER"), "HOME_VISIT", 5000, 200));
        ProblemException skipped = assertThrows(ProblemException.class, () -> DunningLadder.check(List.of("REMINDER"), "HOME_VISIT", 5000, 200));
        assertEquals("the step before, DEMAND_LETTER, comes first", skipped.detail().en());
        assertEquals("须先完成上一步：DEMAND_LETTER", skipped.detail().zh());
        assertEquals("step", skipped.errors().get(0).field());
    }

    @Test
    void aDemandLetterOnlyAfterThreeMonths() {
        assertThrows(ProblemException.class, () -> DunningLadder.check(List.of("REMINDER"), "DEMAND_LETTER", 5000, 90));
        assertDoesNotThrow(() -> DunningLadder.check(List.of("REMINDER"), "DEMAND_LETTER", 5000, 91));
    }

    @Test
    void nothingToDunWithoutArrears() {
        assertThrows(ProblemException.class, () -> DunningLadder.check(List.of(), "REMINDER", 0, 0));
        assertEquals(400, assertThrows(ProblemException.class, () -> DunningLadder.check(List.of(), "SUSPEND", 5000, 10)).status());
    }
}
