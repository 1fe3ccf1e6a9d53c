package com.gasline.duties.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A staff member's monthly score and the position's ranking with its top and bottom bands. */
class ScoringTest {

    private static Map<String, Double> people(double... scores) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < scores.length; i++) {
            m.put("p" + (char) ('a' + i), scores[i]);
        }
        return m;
    }

    private static List<String> bands(Map<String, Double> scores) {
        return Scoring.rank(scores).stream().map(r -> r.band() == null ? "-" : r.band()).toList();
    }

    @Test
    void fourPeopleAreRankedWithoutBands() {
        assertEquals(List.of("-", "-", "-", "-"), bands(people(40, 30, 20, 10)));
    }

    @Test
    void fromFivePeopleTheBestAndTheWorstAreFlagged() {
        assertEquals(List.of("TOP", "-", "-", "-", "BOTTOM"), bands(people(50, 40, 30, 20, 10)));
    }

    @Test
    void tenPercentOfTwentyIsTwoAtEachEnd() {
        double[] scores = new double[20];
        Arrays.setAll(scores, i -> 200 - i);
        List<String> flags = bands(people(scores));
        assertEquals(List.of("TOP", "TOP", "-"), flags.subList(0, 3));
        assertEquals(List.of("-", "BOTTOM", "BOTTOM"), flags.subList(17, 20));
        assertEquals(16, flags.stream().filter("-"::equals).count());
    }

    @Test
    void nineteenPeopleStillFlagOneAtEachEnd() {
        double[] scores = new double[19];
        Arrays.setAll(scores, i -> 200 - i);
        List<String> flags = bands(people(scores));
        assertEquals(17, flags.stream().filter("-"::equals).count());
        assertEquals("TOP", flags.get(0));
        assertEquals("BOTTOM", flags.get(18));
    }

    @Test
    void theRankingIsHighestFirstAndEqualScoresAreOrderedByName() {
        List<Scoring.Ranked> ranked = Scoring.rank(people(280, 300, 300));
        assertEquals(List.of("pb", "pc", "pa"), ranked.stream().map(Scoring.Ranked::username).toList());
        assertEquals(List.of(1, 1, 3), ranked.stream().map(Scoring.Ranked::rank).toList());
        assertEquals(List.of(300.0, 300.0, 280.0), ranked.stream().map(Scoring.Ranked::score).toList());
    }

    @Test
    void everyTicketOnTimeIsWorthTenPoints() {
        assertEquals(10.0, Scoring.parts(8, 8, null, 0).get("ticketsOnTime"));
        assertEquals(3.33, Scoring.parts(3, 1, null, 0).get("ticketsOnTime"));
        assertEquals(0.0, Scoring.parts(5, 0, null, 0).get("ticketsOnTime"));
        // nothing resolved: no part at all rather than a division by zero
        assertEquals(Map.of("base", 100.0), Scoring.parts(0, 0, null, 0));
    }

    @Test
    void satisfactionCountsFromThreeAndIsCappedAtTenEitherWay() {
        assertEquals(0.0, Scoring.parts(null, null, 3.0, 0).get("satisfaction"));
        assertEquals(10.0, Scoring.parts(null, null, 5.0, 0).get("satisfaction"));
        assertEquals(-10.0, Scoring.parts(null, null, 1.0, 0).get("satisfaction"));
        assertEquals(-2.5, Scoring.parts(null, null, 2.5, 0).get("satisfaction"));
        assertEquals(10.0, Scoring.parts(null, null, 6.0, 0).get("satisfaction"));
        assertEquals(-10.0, Scoring.parts(null, null, 0.0, 0).get("satisfaction"));
    }

    @Test
    void theTotalIsRoundedToTheHundredth() {
        assertEquals(103.33, Scoring.total(Scoring.parts(3, 1, null, 0)));
        assertEquals(106.67, Scoring.total(Map.of("base", 100.0, "a", 3.333, "b", 3.333)));
        assertEquals(105.0, Scoring.total(Scoring.parts(null, null, null, 5)));
    }
}
