package com.gasline.platform.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    @Test
    void subjectsNameTheAddressAndTheUser() {
        assertEquals("a 127.0.0.1", LoginThrottle.addressSubject("127.0.0.1"));
        assertEquals("u 127.0.0.1 east/zhang", LoginThrottle.userSubject("127.0.0.1", "east", "zhang"));
        assertNotEquals(LoginThrottle.userSubject("127.0.0.1", "east", "zhang"), LoginThrottle.userSubject("127.0.0.2", "east", "zhang"));
    }

    @Test
    void madeUpNamesThatTheColumnCannotHoldAreDigested() {
        String huge = LoginThrottle.userSubject("127.0.0.1", "_group", "x".repeat(5000));
        String nul = LoginThrottle.userSubject("127.0.0.1", "_group", "a\u0000b");
        assertTrue(huge.length() <= LoginThrottle.MAX_SUBJECT && huge.startsWith("# "), huge);
        assertTrue(nul.startsWith("# ") && nul.chars().noneMatch(Character::isISOControl), nul);
        assertNotEquals(huge, LoginThrottle.userSubject("127.0.0.1", "_group", "y".repeat(5000)));
    }
}
