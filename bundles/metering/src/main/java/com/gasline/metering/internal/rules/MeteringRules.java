package com.gasline.metering.internal.rules;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.gasline.accounts.api.CustomerCategory;
import com.gasline.metering.api.rest.MeteringSettings;
import com.gasline.platform.api.problem.Validation;

/**
 * A branch's metering rules: when a consumption is a 用气异常, when a rollover is plausible, how many
 * readings an estimate averages. The defaults apply until a branch admin saves a version.
 */
public record MeteringRules(BigDecimal highFactor, BigDecimal rolloverFactor, Map<String, BigDecimal> firstReadingCapM3,
        int estimateReadings) {

    static final BigDecimal MAX_FACTOR = new BigDecimal("100");
    static final BigDecimal MAX_CAP = new BigDecimal("1000000000");
    static final int MAX_ESTIMATE_READINGS = 24;

    public static final MeteringRules DEFAULTS = new MeteringRules(new BigDecimal("3"), new BigDecimal("3"), defaultCaps(), 3);

    public MeteringRules {
        firstReadingCapM3 = Map.copyOf(firstReadingCapM3);
    }

    /** Households use little, shops more, the other (industrial and trade) categories a lot. */
    private static Map<String, BigDecimal> defaultCaps() {
        Map<String, BigDecimal> caps = new LinkedHashMap<>();
        for (CustomerCategory c : CustomerCategory.values()) {
            caps.put(c.name(), new BigDecimal("50000"));
        }
        caps.put(CustomerCategory.RESIDENTIAL.name(), new BigDecimal("500"));
        caps.put(CustomerCategory.COMMERCIAL.name(), new BigDecimal("5000"));
        return caps;
    }

    /** These rules changed by {@code request}: a field left out keeps its value; 400 naming every bad field. */
    public MeteringRules with(MeteringSettings request) {
        Validation.requireBody(request);
        Validation v = new Validation();
        factor(v, "highFactor", request.highFactor());
        factor(v, "rolloverFactor", request.rolloverFactor());
        Map<String, BigDecimal> caps = new LinkedHashMap<>(firstReadingCapM3);
        if (request.firstReadingCapM3() != null) {
            request.firstReadingCapM3().forEach((category, cap) -> {
                String field = "firstReadingCapM3." + category;
                boolean known = firstReadingCapM3.containsKey(category);
                v.check(known, field, "没有这个用户类别", "no such customer category");
                v.check(cap != null && cap.signum() > 0 && cap.compareTo(MAX_CAP) <= 0 && cap.scale() <= 3, field,
                        "须为大于 0 的立方米数，最多 3 位小数", "must be a positive m³ value with up to 3 decimals");
                caps.put(category, cap);
            });
        }
        Integer n = request.estimateReadings();
        v.check(n == null || (n >= 1 && n <= MAX_ESTIMATE_READINGS), "estimateReadings", "须在 1 到 " + MAX_ESTIMATE_READINGS + " 之间",
                "must be 1 to " + MAX_ESTIMATE_READINGS);
        v.throwIfInvalid();
        return new MeteringRules(request.highFactor() == null ? highFactor : request.highFactor(),
                request.rolloverFactor() == null ? rolloverFactor : request.rolloverFactor(), caps, n == null ? estimateReadings : n);
    }

    private static void factor(Validation v, String field, BigDecimal f) {
        v.check(f == null || (f.compareTo(BigDecimal.ONE) >= 0 && f.compareTo(MAX_FACTOR) <= 0 && f.scale() <= 2), field,
                "须在 1 到 100 之间，最多 2 位小数", "must be 1 to 100 with up to 2 decimals");
    }

    /** The first-reading cap of the account's category; the smallest cap when the category is unknown. */
    public BigDecimal capFor(String category) {
        BigDecimal cap = category == null ? null : firstReadingCapM3.get(category);
        return cap != null ? cap : firstReadingCapM3.values().stream().min(BigDecimal::compareTo).orElseThrow();
    }

    public ReadingRules.Limits limits(String category) {
        return new ReadingRules.Limits(highFactor, rolloverFactor, capFor(category));
    }

    public MeteringSettings view(String updatedBy, OffsetDateTime updatedAt) {
        return new MeteringSettings(highFactor, rolloverFactor, new TreeMap<>(firstReadingCapM3), estimateReadings, updatedBy,
                updatedAt);
    }
}
