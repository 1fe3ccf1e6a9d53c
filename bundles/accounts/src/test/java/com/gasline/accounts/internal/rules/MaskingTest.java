package com.gasline.accounts.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Roles;

class MaskingTest {

    @Test
    void idNumberKeepsOnlyBothEnds() {
        assertEquals("330***********1234", Masking.idNumber("330102199001011234"));
    }

    @Test
    void phoneKeepsPrefixAndTail() {
        assertEquals("138****5678", Masking.phone("13800005678"));
    }

    @Test
    void shortValuesAreNotRevealed() {
        assertEquals("****78", Masking.phone("123478"));
    }

    @Test
    void onlyClerksAndBranchAdminsSeeFullRecords() {
        assertTrue(Masking.maySeeFull(new Caller("east", "li", Set.of(Roles.CLERK))));
        assertTrue(Masking.maySeeFull(new Caller("east", "zhang", Set.of(Roles.BRANCH_ADMIN))));
        assertFalse(Masking.maySeeFull(new Caller("east", "wang", Set.of(Roles.AGENT))));
        assertFalse(Masking.maySeeFull(new Caller("east", "zhao", Set.of(Roles.CASHIER, Roles.SUPERVISOR))));
    }

    @Test
    void aValueOfSevenIsMaskedLikeAShortOneEightLikeALongOne() {
        assertEquals("*****67", Masking.phone("1234567"));
        assertEquals("123*5678", Masking.phone("12345678"));
    }

    @Test
    void nothingToMaskStaysNothing() {
        assertNull(Masking.idNumber(null));
        assertEquals("", Masking.idNumber(""));
        assertEquals("7", Masking.phone("7"));
    }
}
