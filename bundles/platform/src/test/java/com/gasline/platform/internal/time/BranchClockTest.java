package com.gasline.platform.internal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.gasline.platform.api.time.BranchClock;

class BranchClockTest {

    /** 2026-11-30 17:30 UTC: 01:30 on the 1st of December in Shanghai, 23:30 on the 30th in Urumqi (UTC+6). */
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-30T17:30:00Z"), ZoneOffset.UTC);

    private static BranchClock branches(Map<String, ZoneId> zones) {
        return new BranchClock() {
            @Override
            public Clock clock() {
                return FIXED;
            }

            @Override
            public ZoneId zone(String tenant) {
                return zones.getOrDefault(tenant, DEFAULT_ZONE);
            }
        };
    }

    @Test
    void eachBranchCountsItsDayInItsOwnZoneFromTheOneClock() {
        BranchClock clock = branches(Map.of("urumqi", ZoneId.of("Asia/Urumqi")));
        assertEquals(LocalDate.of(2026, 12, 1), clock.today("east"), "01:30 on the 1st in Shanghai");
        assertEquals(LocalDate.of(2026, 11, 30), clock.today("urumqi"), "23:30 on the 30th in Urumqi");
        assertEquals("2026-12-01T01:30+08:00", clock.now("east").toString());
        assertEquals(FIXED.instant(), clock.now("urumqi").toInstant(), "the same instant, stamped in another zone");
    }

    @Test
    void onlyRegionZonesAreAcceptedAsABranchSetting() {
        assertTrue(ZoneIds.valid("Asia/Shanghai"));
        assertTrue(ZoneIds.valid("Asia/Urumqi"));
        assertFalse(ZoneIds.valid("+08:00"), "an offset ignores daylight rules and history");
        assertFalse(ZoneIds.valid("CST"), "an abbreviation is ambiguous");
        assertFalse(ZoneIds.valid("Asia/Nowhere"));
        assertFalse(ZoneIds.valid("asia/shanghai"), "names are written as the tz database writes them");
    }
}
