package com.gasline.duties.internal.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.gasline.duties.api.rest.AssessmentScheme;
import com.gasline.platform.api.problem.Validation;

/**
 * Monthly score by the branch's {@link AssessmentScheme}: its base, plus up to its on-time points for tickets
 * resolved on time (share of resolved), plus up to its satisfaction points either way for callback satisfaction
 * (mean 1–5 from 3, the full points at 5), plus the manual items. Ranking within a position sums the last three
 * months; with the scheme's minimum of people the top and bottom band (at least one each) are flagged.
 */
public final class Scoring {

    /** The scheme a branch runs until it sets its own: 100 + 10 on time + 10 satisfaction, 10% bands from 5 people. */
    public static final AssessmentScheme DEFAULT = new AssessmentScheme(100, 10, 10, 10, 5);

    private Scoring() {
    }

    /** 400 naming each field of {@code scheme} out of its range. */
    public static void check(AssessmentScheme scheme) {
        Validation.requireBody(scheme);
        new Validation().check(within(scheme.base(), 0, 1000), "base", "须在 0 到 1000 分之间", "must be 0 to 1000 points")
                .check(within(scheme.onTimePoints(), 0, 50), "onTimePoints", "须在 0 到 50 分之间", "must be 0 to 50 points")
                .check(within(scheme.satisfactionPoints(), 0, 50), "satisfactionPoints", "须在 0 到 50 分之间", "must be 0 to 50 points")
                .check(within(scheme.bandPercent(), 1, 50), "bandPercent", "须在 1% 到 50% 之间", "must be 1 to 50 per cent")
                .check(within(scheme.minForBands(), 2, 1000), "minForBands", "须在 2 到 1000 人之间", "must be 2 to 1000 people")
                .throwIfInvalid();
    }

    private static boolean within(Integer value, int min, int max) {
        return value != null && value >= min && value <= max;
    }

    /** The parts of one month's score; absent sources add nothing. */
    public static Map<String, Double> parts(AssessmentScheme scheme, Integer resolved, Integer onTime, Double satisfaction, int manualPoints) {
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("base", (double) scheme.base());
        if (resolved != null && resolved > 0) {
            parts.put("ticketsOnTime", round((double) scheme.onTimePoints() * onTime / resolved));
        }
        if (satisfaction != null) {
            double most = scheme.satisfactionPoints();
            parts.put("satisfaction", round(Math.max(-most, Math.min(most, (satisfaction - 3) * most / 2))));
        }
        if (manualPoints != 0) {
            parts.put("manual", (double) manualPoints);
        }
        return parts;
    }

    public static double total(Map<String, Double> parts) {
        return round(parts.values().stream().mapToDouble(Double::doubleValue).sum());
    }

    public record Ranked(String username, double score, int rank, String band) {
    }

    /** Ranks one position's people by score, highest first; ties share a rank. */
    public static List<Ranked> rank(Map<String, Double> scores, AssessmentScheme scheme) {
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(scores.entrySet());
        sorted.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        int n = sorted.size();
        int band = n < scheme.minForBands() ? 0 : Math.max(1, n * scheme.bandPercent() / 100);
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double score = sorted.get(i).getValue();
            int rank = i > 0 && score == sorted.get(i - 1).getValue() ? ranked.get(i - 1).rank() : i + 1;
            String flag = i < band ? "TOP" : i >= n - band ? "BOTTOM" : null;
            ranked.add(new Ranked(sorted.get(i).getKey(), score, rank, flag));
        }
        return ranked;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
