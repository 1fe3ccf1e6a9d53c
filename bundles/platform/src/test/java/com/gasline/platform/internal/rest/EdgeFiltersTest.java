package com.gasline.platform.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

import javax.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;

import com.gasline.platform.api.problem.ProblemException;

class EdgeFiltersTest {

    @Test
    void controlCharactersAreFoundAndNamed() {
        MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
        query.add("size", "50");
        query.add("status", "\u0000");
        assertEquals(Optional.of("status"), ControlCharacterFilter.firstBad(query));
        assertTrue(ControlCharacterFilter.hasControl("a\tb"));
        assertTrue(ControlCharacterFilter.hasControl("\u007f"));
        assertFalse(ControlCharacterFilter.hasControl("燃气 No.5 -=+"));
        assertFalse(ControlCharacterFilter.hasControl(null));
    }

    @Test
    void aControlCharacterInAParameterNameIsReportedAsQuery() {
        MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
        query.add("st\u0001atus", "OPEN");
        assertEquals(Optional.of("query"), ControlCharacterFilter.firstBad(query));
    }

    @Test
    void tokenTenantAndAdminPathsArePrivate() {
        assertTrue(SecurityHeadersFilter.isPrivate("v1/auth/token"));
        assertTrue(SecurityHeadersFilter.isPrivate("v1/tenants/north/accounts/customers"));
        assertTrue(SecurityHeadersFilter.isPrivate("v1/admin/tenants"));
        assertFalse(SecurityHeadersFilter.isPrivate("v1/health"));
        assertFalse(SecurityHeadersFilter.isPrivate("v1/tenantsx"));
        assertFalse(SecurityHeadersFilter.isPrivate("openapi.json"));
    }

    @Test
    void aBodyPastTheLimitFailsWith413() throws Exception {
        try (InputStream in = new BodyLimitFilter.Limited(new ByteArrayInputStream(new byte[10]), 8, false)) {
            ProblemException e = assertThrows(ProblemException.class, () -> in.readAllBytes());
            assertEquals(413, e.status());
        }
        try (InputStream in = new BodyLimitFilter.Limited(new ByteArrayInputStream(new byte[8]), 8, false)) {
            assertEquals(8, in.readAllBytes().length);
        }
    }

    @Test
    void languageComesFromTheFirstRange() {
        assertEquals("en", ProblemBodies.locale("en-US,zh;q=0.5").getLanguage());
        assertEquals(Locale.SIMPLIFIED_CHINESE, ProblemBodies.locale(null));
        assertEquals(Locale.SIMPLIFIED_CHINESE, ProblemBodies.locale(";;;"));
        assertEquals("zh", ProblemBodies.locale("zh-CN").getLanguage());
    }

    @Test
    void jettyStatusesBecomeProblems() {
        assertEquals("not-found", ProblemMapper.httpProblem(404).type());
        assertEquals("uri-too-long", ProblemMapper.httpProblem(414).type());
        assertEquals(413, ProblemMapper.httpProblem(413).status());
    }

    @Test
    void encodedSlashesBackslashesAndPercentsMakeAPathAmbiguous() {
        org.junit.jupiter.api.Assertions.assertTrue(EncodedPathFilter.ambiguous("/api/v1/tenants%2Fnorth/accounts"));
        org.junit.jupiter.api.Assertions.assertTrue(EncodedPathFilter.ambiguous("/api/v1/..%2f..%2fetc"));
        org.junit.jupiter.api.Assertions.assertTrue(EncodedPathFilter.ambiguous("/api/a%5Cb"));
        org.junit.jupiter.api.Assertions.assertTrue(EncodedPathFilter.ambiguous("/api/100%25"));
        org.junit.jupiter.api.Assertions.assertFalse(EncodedPathFilter.ambiguous("/api/v1/tenants/north/accounts/%E7%8E%8B"));
        org.junit.jupiter.api.Assertions.assertFalse(EncodedPathFilter.ambiguous(null));
    }
}
