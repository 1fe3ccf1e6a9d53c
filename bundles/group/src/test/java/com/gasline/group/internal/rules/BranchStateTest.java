package com.gasline.group.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;

class BranchStateTest {

    private static final OffsetDateTime T1 = OffsetDateTime.parse("2027-01-01T08:00:00+08:00");
    private static final OffsetDateTime T2 = OffsetDateTime.parse("2027-02-01T08:00:00+08:00");

    @Test
    void aBranchThatNeverAdoptedRunsNoVersion() {
        BranchState s = BranchState.replay(List.of());
        assertNull(s.version());
        assertFalse(s.followLatest());
        assertTrue(s.overrides().isEmpty());
    }

    @Test
    void theLastAdoptionWinsAndOverridesOutliveIt() {
        BranchState s = BranchState.replay(List.of(
                new BranchState.Step(BranchState.ADOPTED, 1, false, null, null, T1),
                new BranchState.Step(BranchState.OVERRIDDEN, 1, false, "outageNoticeHours", IntNode.valueOf(72), T1),
                new BranchState.Step(BranchState.ADOPTED, 2, true, null, null, T2)));
        assertEquals(2, s.version());
        assertTrue(s.followLatest());
        assertEquals(T2, s.adoptedAt());
        assertEquals(Map.of("outageNoticeHours", IntNode.valueOf(72)), s.overrides());
    }

    @Test
    void aNullOverrideReturnsTheItemToTheTemplate() {
        BranchState s = BranchState.replay(List.of(
                new BranchState.Step(BranchState.ADOPTED, 1, false, null, null, T1),
                new BranchState.Step(BranchState.OVERRIDDEN, 1, false, "a", IntNode.valueOf(1), T1),
                new BranchState.Step(BranchState.OVERRIDDEN, 1, false, "b", IntNode.valueOf(2), T1),
                new BranchState.Step(BranchState.OVERRIDDEN, 1, false, "a", NullNode.getInstance(), T2)));
        assertEquals(Map.of("b", IntNode.valueOf(2)), s.overrides());
        BranchState absent = BranchState.replay(List.of(new BranchState.Step(BranchState.OVERRIDDEN, 1, false, "b", IntNode.valueOf(2), T1),
                new BranchState.Step(BranchState.OVERRIDDEN, 1, false, "b", null, T2)));
        assertEquals(Map.of(), absent.overrides());
        assertEquals(Map.of("b", IntNode.valueOf(2), "c", IntNode.valueOf(3)), s.with("c", IntNode.valueOf(3)));
        assertEquals(Map.of(), s.with("b", null));
        assertEquals(Map.of(), s.with("b", NullNode.getInstance()));
        // checking a change never changes the state itself
        assertEquals(Map.of("b", IntNode.valueOf(2)), s.overrides());
    }
}
