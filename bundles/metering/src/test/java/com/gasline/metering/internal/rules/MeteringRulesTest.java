package com.gasline.metering.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.gasline.metering.api.rest.MeteringSettings;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.ProblemException;

class MeteringRulesTest {

    private static final MeteringRules D = MeteringRules.DEFAULTS;

    private static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    private static MeteringSettings request(String high, String rollover, Map<String, BigDecimal> caps, Integer readings) {
        return new MeteringSettings(high == null ? null : n(high), rollover == null ? null : n(rollover), caps, readings, null, null);
    }

    private static List<String> badFields(MeteringSettings request) {
        ProblemException e = assertThrows(ProblemException.class, () -> D.with(request));
        assertEquals(400, e.status());
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void defaults() {
        assertEquals(n("3"), D.highFactor());
        assertEquals(n("3"), D.rolloverFactor());
        assertEquals(3, D.estimateReadings());
        assertEquals(n("500"), D.capFor("RESIDENTIAL"));
        assertEquals(n("5000"), D.capFor("COMMERCIAL"));
        assertEquals(n("50000"), D.capFor("INDUSTRIAL"));
        assertEquals(n("50000"), D.capFor("LNG_TRADE"));
        assertEquals(9, D.firstReadingCapM3().size());
    }

    @Test
    void anUnknownCategoryGetsTheSmallestCap() {
        assertEquals(n("500"), D.capFor(null));
        assertEquals(n("500"), D.capFor("NOPE"));
    }

    @Test
    void aFieldLeftOutKeepsItsValue() {
        MeteringRules r = D.with(request("4", null, Map.of("COMMERCIAL", n("800")), null));
        assertEquals(n("4"), r.highFactor());
        assertEquals(n("3"), r.rolloverFactor());
        assertEquals(n("800"), r.capFor("COMMERCIAL"));
        assertEquals(n("500"), r.capFor("RESIDENTIAL"));
        assertEquals(3, r.estimateReadings());
        MeteringRules s = r.with(request(null, "2.5", null, 6));
        assertEquals(n("4"), s.highFactor());
        assertEquals(n("2.5"), s.rolloverFactor());
        assertEquals(n("800"), s.capFor("COMMERCIAL"));
        assertEquals(6, s.estimateReadings());
    }

    @Test
    void limitsOfACategory() {
        MeteringRules r = D.with(request("4", "5", Map.of("INDUSTRIAL", n("700")), null));
        ReadingRules.Limits l = r.limits("INDUSTRIAL");
        assertEquals(n("4"), l.highFactor());
        assertEquals(n("5"), l.rolloverFactor());
        assertEquals(n("700"), l.firstReadingCap());
    }

    @Test
    void factorsAreOneToAHundredWithTwoDecimals() {
        assertEquals(n("1"), D.with(request("1", "1", null, null)).highFactor());
        assertEquals(n("100"), D.with(request("100", "100", null, null)).rolloverFactor());
        assertEquals(n("1.25"), D.with(request("1.25", null, null, null)).highFactor());
        assertEquals(List.of("highFactor", "rolloverFactor"), badFields(request("0.99", "100.01", null, null)));
        assertEquals(List.of("highFactor"), badFields(request("1.255", null, null, null)));
        assertEquals(List.of("rolloverFactor"), badFields(request(null, "-3", null, null)));
    }

    @Test
    void capsArePositiveVolumesOfAKnownCategory() {
        assertEquals(n("0.001"), D.with(request(null, null, Map.of("RESIDENTIAL", n("0.001")), null)).capFor("RESIDENTIAL"));
        assertEquals(n("1000000000"), D.with(request(null, null, Map.of("RESIDENTIAL", n("1000000000")), null)).capFor("RESIDENTIAL"));
        assertEquals(List.of("firstReadingCapM3.RESIDENTIAL"), badFields(request(null, null, Map.of("RESIDENTIAL", n("0")), null)));
        assertEquals(List.of("firstReadingCapM3.RESIDENTIAL"), badFields(request(null, null, Map.of("RESIDENTIAL", n("1000000000.001")), null)));
        assertEquals(List.of("firstReadingCapM3.RESIDENTIAL"), badFields(request(null, null, Map.of("RESIDENTIAL", n("1.0001")), null)));
        assertEquals(List.of("firstReadingCapM3.HOUSE"), badFields(request(null, null, Map.of("HOUSE", n("10")), null)));
        Map<String, BigDecimal> missing = new HashMap<>();
        missing.put("COMMERCIAL", null);
        assertEquals(List.of("firstReadingCapM3.COMMERCIAL"), badFields(request(null, null, missing, null)));
    }

    @Test
    void anEstimateAveragesOneToTwentyFourReadings() {
        assertEquals(1, D.with(request(null, null, null, 1)).estimateReadings());
        assertEquals(24, D.with(request(null, null, null, 24)).estimateReadings());
        assertEquals(List.of("estimateReadings"), badFields(request(null, null, null, 0)));
        assertEquals(List.of("estimateReadings"), badFields(request(null, null, null, 25)));
    }

    @Test
    void aRequestNeedsABody() {
        ProblemException e = assertThrows(ProblemException.class, () -> D.with(null));
        assertEquals("body", e.errors().get(0).field());
    }

    @Test
    void theViewShowsWhoSavedTheVersion() {
        OffsetDateTime at = OffsetDateTime.parse("2026-10-01T09:00:00+08:00");
        MeteringSettings v = D.view("admin", at);
        assertEquals(n("3"), v.highFactor());
        assertEquals(n("3"), v.rolloverFactor());
        assertEquals(n("500"), v.firstReadingCapM3().get("RESIDENTIAL"));
        assertEquals(3, v.estimateReadings());
        assertEquals("admin", v.updatedBy());
        assertEquals(at, v.updatedAt());
        assertNull(D.view(null, null).updatedBy());
        // what a saved view reads back as is the same rules
        assertEquals(D, D.with(v));
    }
}
