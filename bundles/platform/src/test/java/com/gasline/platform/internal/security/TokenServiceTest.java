package com.gasline.platform.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.Base64;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Roles;

class TokenServiceTest {

    static final ActiveUsers ALL_ACTIVE = (tenant, username, version) -> true;

    static TokenConfig config(String secret, int ttlMinutes) {
        return new TokenConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return TokenConfig.class;
            }

            @Override
            public String jwt_secret() {
                return secret;
            }

            @Override
            public int token_ttl_minutes() {
                return ttlMinutes;
            }
        };
    }

    private static String secret(char fill) {
        return Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes());
    }

    private final TokenService tokens = new TokenService(config(secret('a'), 60), ALL_ACTIVE);

    @Test
    void aTokenCarriesTenantUserAndRoles() {
        String token = tokens.issue(new Caller("east", "zhang", Set.of(Roles.AGENT, Roles.SHIFT_LEAD)), 0);
        Caller caller = tokens.verify(token).orElseThrow();
        assertEquals("east", caller.tenant());
        assertEquals("zhang", caller.username());
        assertEquals(Set.of(Roles.AGENT, Roles.SHIFT_LEAD), caller.roles());
        assertEquals(3600, tokens.ttlSeconds());
    }

    @Test
    void groupAdminTokensHaveNoTenant() {
        Caller admin = tokens.verify(tokens.issue(new Caller(null, "admin", Set.of(Roles.GROUP_ADMIN)), 0)).orElseThrow();
        assertNull(admin.tenant());
        assertTrue(admin.isGroupAdmin());
    }

    @Test
    void tamperedForeignAndExpiredTokensAreRejected() {
        String token = tokens.issue(new Caller("east", "zhang", Set.of(Roles.AGENT)), 0);
        String[] parts = token.split("\\.");
        String otherPayload = tokens.issue(new Caller("west", "zhang", Set.of(Roles.BRANCH_ADMIN)), 0).split("\\.")[1];
        assertTrue(tokens.verify(parts[0] + "." + otherPayload + "." + parts[2]).isEmpty(), "payload swapped");
        assertTrue(new TokenService(config(secret('b'), 60), ALL_ACTIVE).verify(token).isEmpty(), "signed with another key");
        assertTrue(tokens.verify("garbage").isEmpty());
        TokenService expired = new TokenService(config(secret('a'), 0), ALL_ACTIVE);
        assertTrue(expired.verify(expired.issue(new Caller("east", "zhang", Set.of()), 0)).isEmpty(), "expired");
    }

    @Test
    void shortSecretsAreRefused() {
        String shortKey = Base64.getEncoder().encodeToString("too-short".getBytes());
        assertThrows(IllegalStateException.class, () -> new TokenService(config(shortKey, 60), ALL_ACTIVE));
    }

    @Test
    void aChangedConfigurationAppliesInPlaceAndABadOneIsIgnored() {
        TokenService service = new TokenService(config(secret('a'), 60), ALL_ACTIVE);
        String before = service.issue(new Caller("east", "zhang", Set.of()), 0);
        service.modified(config(secret('c'), 30));
        assertTrue(service.verify(before).isEmpty(), "tokens of the old secret stop working");
        assertEquals(1800, service.ttlSeconds());
        String after = service.issue(new Caller("east", "zhang", Set.of()), 0);
        service.modified(config(Base64.getEncoder().encodeToString("too-short".getBytes()), 5));
        assertTrue(service.verify(after).isPresent(), "a refused change keeps the current secret");
        assertEquals(1800, service.ttlSeconds());
    }

    @Test
    void aTokenStopsWorkingWhenItsUserIsDisabledOrItsVersionIsOld() {
        TokenService service = new TokenService(config(secret('a'), 60), (tenant, username, version) -> !"off".equals(username) && version == 3);
        assertTrue(service.verify(service.issue(new Caller("east", "zhang", Set.of()), 3)).isPresent());
        assertTrue(service.verify(service.issue(new Caller("east", "zhang", Set.of()), 2)).isEmpty(), "issued before a password change");
        assertTrue(service.verify(service.issue(new Caller("east", "off", Set.of()), 3)).isEmpty(), "disabled");
    }
}
