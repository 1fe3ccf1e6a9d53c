package com.gasline.duties.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.gasline.duties.api.rest.AssessmentScheme;
import com.gasline.platform.api.problem.ProblemException;

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
        return Scoring.rank(scores, Scoring.DEFAULT).stream().map(r -> r.band() == null ? "-" : r.band()).toList();
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
        List<Scoring.Ranked> ranked = Scoring.rank(people(280, 300, 300), Scoring.DEFAULT);
        assertEquals(List.of("pb", "pc", "pa"), ranked.stream().map(Scoring.Ranked::username).toList());
        assertEquals(List.of(1, 1, 3), ranked.stream().map(Scoring.Ranked::rank).toList());
        assertEquals(List.of(300.0, 300.0, 280.0), ranked.stream().map(Scoring.Ranked::score).toList());
    }

    @Test
    void everyTicketOnTimeIsWorthTenPoints() {
        assertEquals(10.0, Scoring.parts(Scoring.DEFAULT, 8, 8, null, 0).get("ticketsOnTime"));
        assertEquals(3.33, Scoring.parts(Scoring.DEFAULT, 3, 1, null, 0).get("ticketsOnTime"));
        assertEquals(0.0, Scoring.parts(Scoring.DEFAULT, 5, 0, null, 0).get("ticketsOnTime"));
        // nothing resolved: no part at all rather than a division by zero
        assertEquals(Map.of("base", 100.0), Scoring.parts(Scoring.DEFAULT, 0, 0, null, 0));
    }

    @Test
    void satisfactionCountsFromThreeAndIsCappedAtTenEitherWay() {
        assertEquals(0.0, Scoring.parts(Scoring.DEFAULT, null, null, 3.0, 0).get("satisfaction"));
        assertEquals(10.0, Scoring.parts(Scoring.DEFAULT, null, null, 5.0, 0).get("satisfaction"));
        assertEquals(-10.0, Scoring.parts(Scoring.DEFAULT, null, null, 1.0, 0).get("satisfaction"));
        assertEquals(-2.5, Scoring.parts(Scoring.DEFAULT, null, null, 2.5, 0).get("satisfaction"));
        assertEquals(10.0, Scoring.parts(Scoring.DEFAULT, null, null, 6.0, 0).get("satisfaction"));
        assertEquals(-10.0, Scoring.parts(Scoring.DEFAULT, null, null, 0.0, 0).get("satisfaction"));
    }

    @Test
    void theTotalIsRoundedToTheHundredth() {
        assertEquals(103.33, Scoring.total(Scoring.parts(Scoring.DEFAULT, 3, 1, null, 0)));
        assertEquals(106.67, Scoring.total(Map.of("base", 100.0, "a", 3.333, "b", 3.333)));
        assertEquals(105.0, Scoring.total(Scoring.parts(Scoring.DEFAULT, null, null, null, 5)));
    }

    @Test
    void aBranchSchemeWeighsAndBandsItsOwnWay() {
        AssessmentScheme own = new AssessmentScheme(60, 20, 4, 25, 4);
        Map<String, Double> parts = Scoring.parts(own, 4, 3, 4.0, 0);
        assertEquals(Map.of("base", 60.0, "ticketsOnTime", 15.0, "satisfaction", 2.0), parts);
        assertEquals(4.0, Scoring.parts(own, null, null, 5.0, 0).get("satisfaction"));
        assertEquals(-4.0, Scoring.parts(own, null, null, 1.0, 0).get("satisfaction"));
        assertEquals(List.of("TOP", "-", "-", "BOTTOM"), Scoring.rank(people(4, 3, 2, 1), own).stream()
                .map(r -> r.band() == null ? "-" : r.band()).toList());
        assertEquals(List.of("-", "-", "-"), Scoring.rank(people(3, 2, 1), own).stream().map(r -> r.band() == null ? "-" : r.band()).toList());
        AssessmentScheme half = new AssessmentScheme(100, 10, 10, 50, 2);
        assertEquals(List.of("TOP", "TOP", "BOTTOM", "BOTTOM"), Scoring.rank(people(4, 3, 2, 1), half).stream().map(Scoring.Ranked::band).toList());
    }

    @Test
    void aSchemeIsCheckedFieldByFieldAtItsBounds() {
        Scoring.check(new AssessmentScheme(0, 0, 0, 1, 2));
        Scoring.check(new AssessmentScheme(1000, 50, 50, 50, 1000));
        assertEquals(List.of("base", "onTimePoints", "satisfactionPoints", "bandPercent", "minForBands"),
                refused(new AssessmentScheme(-1, -1, -1, 0, 1)));
        assertEquals(List.of("base", "onTimePoints", "satisfactionPoints", "bandPercent", "minForBands"),
                refused(new AssessmentScheme(1001, 51, 51, 51, 1001)));
        assertEquals(List.of("base", "onTimePoints", "satisfactionPoints", "bandPercent", "minForBands"),
                refused(new AssessmentScheme(null, null, null, null, null)));
        assertEquals(List.of("body"), refused(null));
    }

    private static List<String> refused(AssessmentScheme scheme) {
        ProblemException e = assertThrows(ProblemException.class, () -> Scoring.check(scheme));
        assertEquals(400, e.status());
        return e.errors().stream().map(f -> f.field()).toList();
    }
}
