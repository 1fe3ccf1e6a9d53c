package com.gasline.duties.internal.rules;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where a monthly score stands against the base every month starts from (the branch's scheme's, 100 by default): above it the person earned
 * net extra points (tickets on time, satisfied callers, manual credits), below it net deductions. The assessment has no
 * other grades, so the group compares branches by these.
 */
public enum ScoreBand {
    ABOVE_BASE, AT_BASE, BELOW_BASE;

    public static ScoreBand of(double score, double base) {
        int c = Double.compare(score, base);
        return c > 0 ? ABOVE_BASE : c < 0 ? BELOW_BASE : AT_BASE;
    }

    /** How many of {@code scores} fall in each band around {@code base}, every band present. */
    public static Map<ScoreBand, Integer> count(Collection<Double> scores, double base) {
        Map<ScoreBand, Integer> counts = new EnumMap<>(ScoreBand.class);
        for (ScoreBand b : values()) {
            counts.put(b, 0);
        }
        scores.forEach(s -> counts.merge(of(s, base), 1, Integer::sum));
        return counts;
    }
}
