package com.gasline.metering.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gasline.metering.api.rest.BillLine;
import com.gasline.metering.api.rest.Season;
import com.gasline.metering.api.rest.Tier;
import com.gasline.metering.api.rest.TariffVersion;
import com.gasline.platform.api.problem.ProblemException;

class PricingTest {

    /** 300 m³ at 2.61, 300–600 at 3.13, above at 3.92 yuan; +60 m³ a person above 4; year from 01-01. */
    private static PriceVersion residential(LocalDate from, long p1, long p2, long p3) {
        return PriceVersion.of(new TariffVersion(from, "TIERED", List.of(new Tier(new BigDecimal("300"), p1),
                new Tier(new BigDecimal("600"), p2), new Tier(null, p3)), "01-01", 4, new BigDecimal("60"), null, null));
    }

    private static final PriceVersion Y2026 = residential(LocalDate.of(2026, 1, 1), 261, 313, 392);

    private static BigDecimal m3(String v) {
        return new BigDecimal(v);
    }

    private static long total(List<BillLine> lines) {
        return lines.stream().mapToLong(BillLine::amountFen).sum();
    }

    @Test
    void withinTheFirstTier() {
        List<BillLine> lines = Pricing.price(List.of(Y2026), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31), m3("25.5"), 3,
                y -> BigDecimal.ZERO);
        assertEquals(1, lines.size());
        assertEquals(1, lines.get(0).tier());
        assertEquals(6656, lines.get(0).amountFen()); // 25.5 × 261 = 6655.5 → 6656
    }

    @Test
    void crossingATierBoundarySplitsTheVolume() {
        List<BillLine> lines = Pricing.price(List.of(Y2026), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 30), m3("40"), 3,
                y -> m3("280"));
        assertEquals(2, lines.size());
        assertEquals(m3("20.000"), lines.get(0).volume());
        assertEquals(1, lines.get(0).tier());
        assertEquals(m3("20.000"), lines.get(1).volume());
        assertEquals(2, lines.get(1).tier());
        assertEquals(20 * 261 + 20 * 313, total(lines));
    }

    @Test
    void exactlyOnTheBoundaryStaysInTheLowerTier() {
        List<BillLine> lines = Pricing.price(List.of(Y2026), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 30), m3("20"), 3,
                y -> m3("280"));
        assertEquals(1, lines.size());
        assertEquals(1, lines.get(0).tier());
    }

    @Test
    void largeHouseholdsGetHigherThresholds() {
        // six people: 2 above the base of 4 → every limit +120 m³, so 380 used is still tier 1 (limit 420)
        List<BillLine> lines = Pricing.price(List.of(Y2026), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 31), m3("30"), 6,
                y -> m3("380"));
        assertEquals(1, lines.size());
        assertEquals(1, lines.get(0).tier());
        List<BillLine> small = Pricing.price(List.of(Y2026), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 31), m3("30"), 4,
                y -> m3("380"));
        assertEquals(2, small.get(0).tier());
    }

    @Test
    void priceChangeMidPeriodIsSplitByDays() {
        PriceVersion raised = residential(LocalDate.of(2026, 7, 1), 280, 336, 420);
        // 30 days (June 16 .. July 15): 15 days old price, 15 days new price
        List<BillLine> lines = Pricing.price(List.of(raised, Y2026), LocalDate.of(2026, 6, 15), LocalDate.of(2026, 7, 15), m3("30"), 3,
                y -> BigDecimal.ZERO);
        assertEquals(2, lines.size());
        assertEquals(m3("15.000"), lines.get(0).volume());
        assertEquals(261, lines.get(0).priceFen());
        assertEquals(LocalDate.of(2026, 6, 30), lines.get(0).to());
        assertEquals(m3("15.000"), lines.get(1).volume());
        assertEquals(280, lines.get(1).priceFen());
        assertEquals(LocalDate.of(2026, 7, 1), lines.get(1).from());
        assertEquals(15 * 261 + 15 * 280, total(lines));
    }

    @Test
    void theAnnualVolumeResetsAtTheTariffYearStart() {
        PriceVersion y = residential(LocalDate.of(2025, 1, 1), 261, 313, 392);
        // Dec 16 .. Jan 15: the December half continues 2025's 700 m³ (tier 3), January starts again at tier 1
        List<BillLine> lines = Pricing.price(List.of(y), LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 15), m3("31"), 3,
                start -> start.getYear() == 2025 ? m3("700") : BigDecimal.ZERO);
        assertEquals(2, lines.size());
        assertEquals(3, lines.get(0).tier());
        assertEquals(LocalDate.of(2025, 1, 1), lines.get(0).tariffYear());
        assertEquals(m3("16.000"), lines.get(0).volume());
        assertEquals(1, lines.get(1).tier());
        assertEquals(LocalDate.of(2026, 1, 1), lines.get(1).tariffYear());
        assertEquals(m3("15.000"), lines.get(1).volume());
    }

    @Test
    void seasonalAndFlatPrices() {
        PriceVersion seasonal = PriceVersion.of(new TariffVersion(LocalDate.of(2026, 1, 1), "SEASONAL", null, null, null, null, null,
                List.of(new Season(11, 3, 350), new Season(4, 10, 300))));
        List<BillLine> lines = Pricing.price(List.of(seasonal), LocalDate.of(2026, 10, 16), LocalDate.of(2026, 11, 15), m3("100"), 1,
                y -> BigDecimal.ZERO);
        assertEquals(2, lines.size());
        assertEquals(300, lines.get(0).priceFen());
        assertEquals(350, lines.get(1).priceFen());
        assertEquals(m3("100.000"), lines.get(0).volume().add(lines.get(1).volume()));
        assertEquals(List.of(1, 2), lines.stream().map(BillLine::seq).toList());
        assertEquals(List.of(0, 0), lines.stream().map(BillLine::tier).toList());
        PriceVersion flat = PriceVersion.of(new TariffVersion(LocalDate.of(2026, 1, 1), "FLAT", null, null, null, null, 345L, null));
        List<BillLine> flatLines = Pricing.price(List.of(flat), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), m3("100"), 1,
                y -> BigDecimal.ZERO);
        assertEquals(34500, total(flatLines));
        assertEquals(List.of(1), flatLines.stream().map(BillLine::seq).toList());
    }

    @Test
    void piecesAlwaysAddUpToTheMeteredVolume() {
        PriceVersion raised = residential(LocalDate.of(2026, 3, 17), 280, 336, 420);
        List<BillLine> lines = Pricing.price(List.of(Y2026, raised), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31), m3("10.001"), 3,
                y -> BigDecimal.ZERO);
        assertEquals(m3("10.001"), lines.stream().map(BillLine::volume).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void theLastPieceOfASplitPeriodTakesWhatTheDaysLeaveOver() {
        // two price changes cut 30 days into three pieces of 10: 100 m³ is 33.333 + 33.333 + the remaining 33.334
        PriceVersion july11 = residential(LocalDate.of(2026, 7, 11), 270, 320, 400);
        PriceVersion july21 = residential(LocalDate.of(2026, 7, 21), 280, 336, 420);
        List<BillLine> lines = Pricing.price(List.of(july21, Y2026, july11), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 30), m3("100"), 3,
                y -> BigDecimal.ZERO);
        assertEquals(List.of(m3("33.333"), m3("33.333"), m3("33.334")), lines.stream().map(BillLine::volume).toList());
        assertEquals(List.of(261L, 270L, 280L), lines.stream().map(BillLine::priceFen).toList());
        assertEquals(List.of(LocalDate.of(2026, 7, 10), LocalDate.of(2026, 7, 20), LocalDate.of(2026, 7, 30)),
                lines.stream().map(BillLine::to).toList());
        assertEquals(8700 + 9000 + 9334, total(lines)); // 33.333 × 261 = 8699.91, × 270 = 8999.91; 33.334 × 280 = 9333.52
    }

    @Test
    void aVolumeSplitOnTheHalfThousandthRoundsHalfUp() {
        // 10.005 m³ over two days, one at each price: 5.0025 → 5.003 for the first, the rest (5.002) for the second
        PriceVersion july2 = residential(LocalDate.of(2026, 7, 2), 280, 336, 420);
        List<BillLine> lines = Pricing.price(List.of(Y2026, july2), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 2), m3("10.005"), 3,
                y -> BigDecimal.ZERO);
        assertEquals(List.of(m3("5.003"), m3("5.002")), lines.stream().map(BillLine::volume).toList());
    }

    @Test
    void aLineOnTheHalfFenRoundsHalfUpNotToEven() {
        // 2.5 m³ × 261 fen = 652.5 fen → 653 (half-even would give 652)
        List<BillLine> lines = Pricing.price(List.of(Y2026), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31), m3("2.5"), 3,
                y -> BigDecimal.ZERO);
        assertEquals(653, lines.get(0).amountFen());
        assertEquals(m3("2.500"), lines.get(0).volume());
    }

    @Test
    void aPriceChangeAfterThePeriodDoesNotSplitIt() {
        PriceVersion august = residential(LocalDate.of(2026, 8, 1), 280, 336, 420);
        List<BillLine> lines = Pricing.price(List.of(Y2026, august), LocalDate.of(2026, 6, 15), LocalDate.of(2026, 7, 15), m3("30"), 3,
                y -> BigDecimal.ZERO);
        assertEquals(1, lines.size());
        assertEquals(261, lines.get(0).priceFen());
        assertEquals(m3("30.000"), lines.get(0).volume());
        assertEquals(LocalDate.of(2026, 7, 15), lines.get(0).to());
    }

    @Test
    void aPriceChangeOnTheLastDayOfThePeriodPricesThatDay() {
        PriceVersion july15 = residential(LocalDate.of(2026, 7, 15), 280, 336, 420);
        List<BillLine> lines = Pricing.price(List.of(Y2026, july15), LocalDate.of(2026, 6, 15), LocalDate.of(2026, 7, 15), m3("30"), 3,
                y -> BigDecimal.ZERO);
        assertEquals(List.of(m3("29.000"), m3("1.000")), lines.stream().map(BillLine::volume).toList());
        assertEquals(List.of(LocalDate.of(2026, 7, 15), LocalDate.of(2026, 7, 15)), List.of(lines.get(1).from(), lines.get(1).to()));
    }

    @Test
    void theHouseholdUpliftStartsWithTheFifthPerson() {
        // 350 m³ used, 20 more: four people cross 300 long ago (all tier 2); five get 360 m³ in tier 1 (10 + 10)
        List<BillLine> four = Pricing.price(List.of(Y2026), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 31), m3("20"), 4, y -> m3("350"));
        assertEquals(List.of(2), four.stream().map(BillLine::tier).toList());
        List<BillLine> five = Pricing.price(List.of(Y2026), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 31), m3("20"), 5, y -> m3("350"));
        assertEquals(List.of(1, 2), five.stream().map(BillLine::tier).toList());
        assertEquals(List.of(m3("10.000"), m3("10.000")), five.stream().map(BillLine::volume).toList());
        assertEquals(10 * 261 + 10 * 313, total(five));
    }

    @Test
    void aSmallHouseholdKeepsTheBaseThresholds() {
        // one person: no less than the base 300 m³ in tier 1
        List<BillLine> one = Pricing.price(List.of(Y2026), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 31), m3("20"), 1, y -> m3("290"));
        assertEquals(List.of(1, 2), one.stream().map(BillLine::tier).toList());
        assertEquals(m3("10.000"), one.get(0).volume());
    }

    @Test
    void aBillCrossingTwoTiersAtOnceFillsEachInTurn() {
        // 250 used + 400: 50 in tier 1, 300 in tier 2, 50 in tier 3
        List<BillLine> lines = Pricing.price(List.of(Y2026), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 31), m3("400"), 3, y -> m3("250"));
        assertEquals(List.of(1, 2, 3), lines.stream().map(BillLine::tier).toList());
        assertEquals(List.of(m3("50.000"), m3("300.000"), m3("50.000")), lines.stream().map(BillLine::volume).toList());
        assertEquals(List.of(1, 2, 3), lines.stream().map(BillLine::seq).toList());
        assertEquals(50 * 261 + 300 * 313 + 50 * 392, total(lines));
    }

    @Test
    void aTariffYearFromJulyResetsTheAnnualVolumeOnTheFirstOfJuly() {
        PriceVersion fromJuly = PriceVersion.of(new TariffVersion(LocalDate.of(2025, 7, 1), "TIERED", List.of(new Tier(new BigDecimal("300"), 261),
                new Tier(new BigDecimal("600"), 313), new Tier(null, 392)), "07-01", 4, new BigDecimal("60"), null, null));
        // June 16 .. July 15: June continues the year from 2025-07-01 (700 m³, tier 3), July starts the year from 2026-07-01
        List<BillLine> lines = Pricing.price(List.of(fromJuly), LocalDate.of(2026, 6, 15), LocalDate.of(2026, 7, 15), m3("30"), 3,
                start -> start.equals(LocalDate.of(2025, 7, 1)) ? m3("700") : BigDecimal.ZERO);
        assertEquals(List.of(3, 1), lines.stream().map(BillLine::tier).toList());
        assertEquals(List.of(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 7, 1)), lines.stream().map(BillLine::tariffYear).toList());
        assertEquals(LocalDate.of(2026, 7, 1), lines.get(1).from());
        assertEquals(List.of(m3("15.000"), m3("15.000")), lines.stream().map(BillLine::volume).toList());
        // a period inside one tariff year is not cut at 1 January
        List<BillLine> winter = Pricing.price(List.of(fromJuly), LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 15), m3("31"), 3,
                start -> m3("100"));
        assertEquals(1, winter.size());
        assertEquals(LocalDate.of(2025, 7, 1), winter.get(0).tariffYear());
    }

    @Test
    void twoPiecesOfOneTariffYearCountTheVolumeOnce() {
        // a price change in June: the July piece continues from what the June piece used in the same year
        PriceVersion june16 = residential(LocalDate.of(2026, 6, 16), 280, 336, 420);
        List<BillLine> lines = Pricing.price(List.of(Y2026, june16), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 30), m3("30"), 3,
                y -> m3("285"));
        // 285 + 15 (June 1–15) = 300: the second piece is all tier 2 at the new price
        assertEquals(List.of(1, 2), lines.stream().map(BillLine::tier).toList());
        assertEquals(List.of(261L, 336L), lines.stream().map(BillLine::priceFen).toList());
    }

    @Test
    void anEmptyPeriodIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Pricing.price(List.of(Y2026), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 31),
                m3("1"), 3, y -> BigDecimal.ZERO));
    }

    @Test
    void noTariffYetIsARuleViolation() {
        ProblemException e = assertThrows(ProblemException.class, () -> Pricing.price(List.of(Y2026), LocalDate.of(2025, 11, 30),
                LocalDate.of(2025, 12, 31), m3("10"), 3, y -> BigDecimal.ZERO));
        assertEquals(422, e.status());
    }

    @Test
    void badTariffsAreRefusedField() {
        ProblemException e = assertThrows(ProblemException.class, () -> PriceVersion.of(new TariffVersion(LocalDate.of(2026, 1, 1),
                "TIERED", List.of(new Tier(new BigDecimal("300"), 261), new Tier(new BigDecimal("200"), 313), new Tier(null, 0)),
                "13-01", null, null, null, null)));
        assertEquals(List.of("tiers[1].upToM3", "tiers[2].priceFen", "yearStart"),
                e.errors().stream().map(f -> f.field()).sorted().toList());
    }
}
