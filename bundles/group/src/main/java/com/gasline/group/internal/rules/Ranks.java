package com.gasline.group.internal.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.gasline.group.api.rest.Band;
import com.gasline.group.api.rest.RankLine;

/**
 * The group's ranking of branches on one measure (the seeds' unit assessment: the best and the worst tenth are named).
 * Equal figures share a rank; with fewer than three branches nobody is banded, otherwise the top and bottom bands
 * take a tenth of the branches each, at least one.
 */
public final class Ranks {

    private Ranks() {
    }

    /** @param figures branch → figure, branches without a figure left out; names for display */
    public static List<RankLine> rank(Map<String, Double> figures, Map<String, String> names, boolean higherIsBetter) {
        Comparator<Map.Entry<String, Double>> byValue = Map.Entry.comparingByValue();
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(figures.entrySet());
        sorted.sort((higherIsBetter ? byValue.reversed() : byValue).thenComparing(Map.Entry.comparingByKey()));
        int n = sorted.size();
        int band = n < 3 ? 0 : Math.max(1, Math.round(n / 10f));
        List<RankLine> lines = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < n; i++) {
            Map.Entry<String, Double> e = sorted.get(i);
            if (i == 0 || !e.getValue().equals(sorted.get(i - 1).getValue())) {
                rank = i + 1;
            }
            Band b = rank <= band ? Band.TOP : rank > n - band ? Band.BOTTOM : Band.MIDDLE;
            lines.add(new RankLine(rank, e.getKey(), names.get(e.getKey()), e.getValue(), b));
        }
        return lines;
    }
}
