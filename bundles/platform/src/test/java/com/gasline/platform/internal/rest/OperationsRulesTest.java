package com.gasline.platform.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OperationsRulesTest {

    @Test
    void theAccessLineNamesWhoWhatAndHowLongButNoQuery() {
        ServedRequest r = new ServedRequest("GET", "/api/v1/tenants/east/accounts/accounts", "east", "zhang", 200, 12_340_000);
        assertEquals("tenant=east user=zhang method=GET path=/api/v1/tenants/east/accounts/accounts status=200 ms=12.3", AccessLog.line(r));
        assertEquals("tenant=- user=- method=POST path=/api/v1/auth/token status=401 ms=0.5",
                AccessLog.line(new ServedRequest("POST", "/api/v1/auth/token", null, null, 401, 500_000)));
        assertEquals("/v1/tenants/east/accounts/accounts", r.apiPath());
    }

    @Test
    void theTenantIsThePathSegmentAfterTenants() {
        assertEquals("east", ServedRequest.tenant("/v1/tenants/east/notices/1"));
        assertEquals("east", ServedRequest.tenant("/v1/tenants/east"));
        assertEquals(null, ServedRequest.tenant("/v1/admin/tenants/east"));
        assertEquals(null, ServedRequest.tenant(null));
    }

    @Test
    void scrapersAreComparedAsAddressesAndHostNamesAreRefused() {
        ScrapeAccess access = new ScrapeAccess(metricsConfig("127.0.0.1, ::1"));
        assertTrue(access.trusted("127.0.0.1"));
        assertTrue(access.trusted("0:0:0:0:0:0:0:1"));
        assertFalse(access.trusted("10.0.0.7"));
        assertFalse(access.trusted("localhost"));
        assertFalse(access.trusted(null));
        assertFalse(new ScrapeAccess(metricsConfig("")).trusted("127.0.0.1"));
        assertThrows(IllegalArgumentException.class, () -> ScrapeAccess.parse("prometheus.internal"));
    }

    @Test
    void corsIsOffUntilOriginsAreListedAndMatchesThemExactly() {
        CorsPolicy policy = new CorsPolicy(corsConfig("", 600));
        assertFalse(policy.allows("https://console.example.com"));
        policy.modified(corsConfig(" https://console.example.com/ , http://localhost:3000", 60));
        assertTrue(policy.allows("https://console.example.com"));
        assertTrue(policy.allows("http://localhost:3000"));
        assertFalse(policy.allows("https://console.example.com.evil.net"));
        assertFalse(policy.allows("http://console.example.com"));
        assertFalse(policy.allows(null));
        assertEquals(60, policy.maxAgeSeconds());
    }

    @Test
    void readinessListsTheEnabledModulesThatAreNotActive() {
        assertEquals(List.of("metering", "notices"), HealthResource.missing(Set.of("notices", "accounts", "metering"), List.of("accounts")));
        assertEquals(List.of(), HealthResource.missing(Set.of(), List.of("accounts")));
    }

    private static MetricsConfig metricsConfig(String addresses) {
        return new MetricsConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return MetricsConfig.class;
            }

            @Override
            public String scrape_addresses() {
                return addresses;
            }
        };
    }

    private static CorsConfig corsConfig(String origins, int maxAge) {
        return new CorsConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return CorsConfig.class;
            }

            @Override
            public String allowed_origins() {
                return origins;
            }

            @Override
            public int max_age_seconds() {
                return maxAge;
            }
        };
    }
}
