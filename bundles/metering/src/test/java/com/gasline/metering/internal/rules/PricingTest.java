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
        PriceVersion flat = PriceVersion.of(new TariffVersion(LocalDate.of(2026, 1, 1), "FLAT", null, null, null, null, 345L, null));
        assertEquals(34500, total(Pricing.price(List.of(flat), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), m3("100"), 1,
                y -> BigDecimal.ZERO)));
    }

    @Test
    void piecesAlwaysAddUpToTheMeteredVolume() {
        PriceVersion raised = residential(LocalDate.of(2026, 3, 17), 280, 336, 420);
        List<BillLine> lines = Pricing.price(List.of(Y2026, raised), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31), m3("10.001"), 3,
                y -> BigDecimal.ZERO);
        assertEquals(m3("10.001"), lines.stream().map(BillLine::volume).reduce(BigDecimal.ZERO, BigDecimal::add));
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
