package com.gasline.platform.internal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesAreSaltedBcryptAndVerify() {
        String a = hasher.hash("客服中心-2026");
        String b = hasher.hash("客服中心-2026");
        assertTrue(a.startsWith("$2b$10$"));
        assertNotEquals(a, b);
        assertTrue(hasher.matches("客服中心-2026", a));
        assertFalse(hasher.matches("客服中心-2025", a));
    }

    @Test
    void anUnknownUserNeverMatches() {
        assertFalse(hasher.matches("decoy-password-never-valid", null));
    }
}
