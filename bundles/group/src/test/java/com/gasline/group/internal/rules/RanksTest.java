package com.gasline.group.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.gasline.group.api.rest.Band;
import com.gasline.group.api.rest.RankLine;

class RanksTest {

    private static Map<String, Double> figures(double... values) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put("b" + (char) ('a' + i), values[i]);
        }
        return m;
    }

    private static List<String> order(List<RankLine> lines) {
        return lines.stream().map(l -> l.rank() + ":" + l.branch() + ":" + l.band()).toList();
    }

    @Test
    void higherIsBetterRanksTheLargestFirstAndBandsATenth() {
        List<RankLine> lines = Ranks.rank(figures(0.9, 0.7, 0.95, 0.8, 0.6), Map.of("bc", "东区"), true);
        assertEquals(List.of("1:bc:TOP", "2:ba:MIDDLE", "3:bd:MIDDLE", "4:bb:MIDDLE", "5:be:BOTTOM"), order(lines));
        assertEquals("东区", lines.get(0).name());
        assertEquals(0.95, lines.get(0).value());
    }

    @Test
    void lowerIsBetterRanksTheSmallestFirst() {
        assertEquals(List.of("1:bb:TOP", "2:bc:MIDDLE", "3:ba:BOTTOM"), order(Ranks.rank(figures(3, 1, 2), Map.of(), false)));
    }

    @Test
    void equalFiguresShareARankAndFewerThanThreeAreNotBanded() {
        assertEquals(List.of("1:ba:TOP", "1:bb:TOP", "3:bc:BOTTOM"), order(Ranks.rank(figures(5, 5, 1), Map.of(), true)));
        assertEquals(List.of("1:ba:MIDDLE", "2:bb:MIDDLE"), order(Ranks.rank(figures(2, 1), Map.of(), true)));
        assertEquals(List.of(), Ranks.rank(Map.of(), Map.of(), true));
    }

    @Test
    void twentyBranchesBandTwoEachSide() {
        double[] v = new double[20];
        for (int i = 0; i < 20; i++) {
            v[i] = 100 - i;
        }
        List<RankLine> lines = Ranks.rank(figures(v), Map.of(), true);
        assertEquals(2, lines.stream().filter(l -> l.band() == Band.TOP).count());
        assertEquals(2, lines.stream().filter(l -> l.band() == Band.BOTTOM).count());
        assertEquals(Band.TOP, lines.get(1).band());
        assertEquals(Band.MIDDLE, lines.get(2).band());
        assertEquals(Band.MIDDLE, lines.get(17).band());
        assertEquals(Band.BOTTOM, lines.get(18).band());
    }
}
