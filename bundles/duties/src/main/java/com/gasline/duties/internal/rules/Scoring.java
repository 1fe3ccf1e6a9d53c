package com.gasline.duties.internal.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Monthly score: 100 points, plus up to 10 for tickets resolved on time (share of resolved), plus up
 * to 10 for callback satisfaction (mean 1–5 scaled from 3), plus the manual items. Ranking within a
 * position sums the last three months; with five or more people the top {@value #BAND_PERCENT}% and
 * bottom {@value #BAND_PERCENT}% (at least one each) are flagged.
 */
public final class Scoring {

    public static final double BASE = 100;
    public static final int BAND_PERCENT = 10;
    static final int MIN_FOR_BANDS = 5;

    private Scoring() {
    }

    /** The parts of one month's score; absent sources add nothing. */
    public static Map<String, Double> parts(Integer resolved, Integer onTime, Double satisfaction, int manualPoints) {
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("base", BASE);
        if (resolved != null && resolved > 0) {
            parts.put("ticketsOnTime", round(10.0 * onTime / resolved));
        }
        if (satisfaction != null) {
            parts.put("satisfaction", round(Math.max(-10, Math.min(10, (satisfaction - 3) * 5))));
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
    public static List<Ranked> rank(Map<String, Double> scores) {
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(scores.entrySet());
        sorted.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        int n = sorted.size();
        int band = n < MIN_FOR_BANDS ? 0 : Math.max(1, n * BAND_PERCENT / 100);
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
