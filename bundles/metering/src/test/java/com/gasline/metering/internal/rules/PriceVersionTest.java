package com.gasline.metering.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gasline.metering.api.rest.Season;
import com.gasline.metering.api.rest.TariffVersion;
import com.gasline.metering.api.rest.Tier;
import com.gasline.platform.api.problem.ProblemException;

/** What a tariff version must hold before a bill run prices anything with it. */
class PriceVersionTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    private static TariffVersion seasonal(Season... seasons) {
        return new TariffVersion(JAN_1, "SEASONAL", null, null, null, null, null, Arrays.asList(seasons));
    }

    private static TariffVersion tiered(List<Tier> tiers, String yearStart, Integer householdBase, String uplift) {
        return new TariffVersion(JAN_1, "TIERED", tiers, yearStart, householdBase, uplift == null ? null : new BigDecimal(uplift), null, null);
    }

    private static final List<Tier> THREE = List.of(new Tier(new BigDecimal("300"), 261), new Tier(new BigDecimal("600"), 313), new Tier(null, 392));

    private static List<String> refused(TariffVersion v) {
        ProblemException e = assertThrows(ProblemException.class, () -> PriceVersion.of(v));
        assertEquals(400, e.status());
        return e.errors().stream().map(f -> f.field()).toList();
    }

    @Test
    void aSeasonalTariffMissingAMonthIsRefused() {
        // November to February and April to October: March has no price
        assertEquals(List.of("seasons"), refused(seasonal(new Season(11, 2, 350), new Season(4, 10, 300))));
    }

    @Test
    void aSeasonalTariffWithoutDecemberIsRefused() {
        assertEquals(List.of("seasons"), refused(seasonal(new Season(1, 11, 300))));
    }

    @Test
    void aTariffWithoutBodyIsRefused() {
        assertEquals(List.of("body"), refused(null));
    }

    @Test
    void overlappingSeasonsAreRefused() {
        assertEquals(List.of("seasons[1]"), refused(seasonal(new Season(11, 3, 350), new Season(3, 10, 300))));
    }

    @Test
    void aSeasonOutsideTheTwelveMonthsIsRefused() {
        assertEquals(List.of("seasons[0]", "seasons"), refused(seasonal(new Season(0, 3, 350), new Season(4, 12, 300))));
        assertEquals(List.of("seasons[1]", "seasons"), refused(seasonal(new Season(1, 3, 350), new Season(4, 13, 300))));
        assertEquals(List.of("seasons[1]", "seasons"), refused(seasonal(new Season(1, 3, 350), new Season(13, 12, 300))));
        assertEquals(List.of("seasons[1]", "seasons"), refused(seasonal(new Season(1, 3, 350), new Season(4, 0, 300))));
    }

    @Test
    void aSeasonWithoutAPriceIsRefused() {
        assertEquals(List.of("seasons[1].priceFen"), refused(seasonal(new Season(11, 3, 350), new Season(4, 10, 0))));
        assertEquals(List.of("seasons[0]", "seasons[0].priceFen", "seasons"), refused(seasonal((Season) null)));
    }

    @Test
    void aSeasonalTariffNeedsSeasons() {
        assertEquals(List.of("seasons"), refused(new TariffVersion(JAN_1, "SEASONAL", null, null, null, null, null, null)));
        assertEquals(List.of("seasons", "seasons"), refused(seasonal()));
    }

    @Test
    void aWholeYearInOneSeasonOrInTwelveIsAccepted() {
        assertEquals(300, PriceVersion.of(seasonal(new Season(1, 12, 300))).seasonalPrice(7));
        Season[] months = new Season[12];
        Arrays.setAll(months, i -> new Season(i + 1, i + 1, 300 + i));
        PriceVersion monthly = PriceVersion.of(seasonal(months));
        assertEquals(300, monthly.seasonalPrice(1));
        assertEquals(311, monthly.seasonalPrice(12));
    }

    @Test
    void aWinterSeasonRunsOverTheNewYear() {
        PriceVersion v = PriceVersion.of(seasonal(new Season(11, 3, 350), new Season(4, 10, 300)));
        assertEquals(List.of(350L, 350L, 300L, 300L, 350L, 350L),
                List.of(1, 3, 4, 10, 11, 12).stream().map(v::seasonalPrice).toList());
    }

    @Test
    void aFlatTariffNeedsAPositivePrice() {
        assertEquals(List.of("priceFen"), refused(new TariffVersion(JAN_1, "FLAT", null, null, null, null, null, null)));
        assertEquals(List.of("priceFen"), refused(new TariffVersion(JAN_1, "FLAT", null, null, null, null, 0L, null)));
        assertEquals(1, PriceVersion.of(new TariffVersion(JAN_1, "FLAT", null, null, null, null, 1L, null)).priceFen());
    }

    @Test
    void aTariffNeedsADateAndAKnownKind() {
        assertEquals(List.of("effectiveFrom", "kind"), refused(new TariffVersion(null, null, null, null, null, null, null, null)));
        assertEquals(List.of("kind"), refused(new TariffVersion(JAN_1, "STEPPED", null, null, null, null, 100L, null)));
    }

    @Test
    void aTieredTariffNeedsTiersEndingUnbounded() {
        assertEquals(List.of("tiers"), refused(tiered(null, null, null, null)));
        assertEquals(List.of("tiers"), refused(tiered(List.of(), null, null, null)));
        assertEquals(List.of("tiers[1].upToM3"), refused(tiered(List.of(new Tier(new BigDecimal("300"), 261), new Tier(new BigDecimal("600"), 313)),
                null, null, null)));
        assertEquals(List.of("tiers[0].upToM3"), refused(tiered(List.of(new Tier(null, 261), new Tier(null, 313)), null, null, null)));
        assertEquals(List.of("tiers[0].upToM3"), refused(tiered(List.of(new Tier(BigDecimal.ZERO, 261), new Tier(null, 313)), null, null, null)));
        assertEquals(List.of("tiers[1].upToM3"), refused(tiered(List.of(new Tier(new BigDecimal("300"), 261), new Tier(new BigDecimal("300"), 313),
                new Tier(null, 392)), null, null, null)));
        assertEquals(List.of("tiers[1].priceFen"), refused(tiered(Arrays.asList(new Tier(new BigDecimal("300"), 261), null, new Tier(null, 392)),
                null, null, null)));
    }

    @Test
    void aTierWithoutLimitInTheMiddleDoesNotResetTheAscent() {
        // 300, (missing), 200: 200 is still below 300
        assertEquals(List.of("tiers[1].upToM3", "tiers[2].upToM3"), refused(tiered(List.of(new Tier(new BigDecimal("300"), 261),
                new Tier(null, 313), new Tier(new BigDecimal("200"), 350), new Tier(null, 392)), null, null, null)));
    }

    @Test
    void householdBaseAndUpliftAreChecked() {
        assertEquals(List.of("householdBase"), refused(tiered(THREE, null, 0, null)));
        assertEquals(List.of("upliftPerPersonM3"), refused(tiered(THREE, null, null, "-1")));
        PriceVersion oneAndNone = PriceVersion.of(tiered(THREE, null, 1, "0"));
        assertEquals(1, oneAndNone.householdBase());
        assertEquals(BigDecimal.ZERO, oneAndNone.upliftPerPersonM3());
    }

    @Test
    void aTieredTariffDefaultsToTheCalendarYearFourPeopleAndNoUplift() {
        PriceVersion v = PriceVersion.of(tiered(THREE, null, null, null));
        assertEquals(MonthDay.of(1, 1), v.yearStart());
        assertEquals(4, v.householdBase());
        assertEquals(BigDecimal.ZERO, v.upliftPerPersonM3());
    }

    @Test
    void theTariffYearStartIsAMonthAndDay() {
        for (String bad : List.of("7-1", "00-10", "07-32", "07/01", "07-00", "02-30", "04-31")) {
            assertEquals(List.of("yearStart"), refused(tiered(THREE, bad, null, null)), bad);
        }
        assertEquals(MonthDay.of(12, 31), PriceVersion.of(tiered(THREE, "12-31", null, null)).yearStart());
    }

    @Test
    void theTariffYearOfADayStartsOnTheLastYearStartNotAfterIt() {
        PriceVersion fromJuly = PriceVersion.of(tiered(THREE, "07-01", null, null));
        assertEquals(LocalDate.of(2025, 7, 1), fromJuly.tariffYearOf(LocalDate.of(2026, 6, 30)));
        assertEquals(LocalDate.of(2026, 7, 1), fromJuly.tariffYearOf(LocalDate.of(2026, 7, 1)));
        assertEquals(LocalDate.of(2025, 7, 1), fromJuly.tariffYearOf(LocalDate.of(2026, 1, 1)));
        PriceVersion calendar = PriceVersion.of(tiered(THREE, null, null, null));
        assertEquals(LocalDate.of(2026, 1, 1), calendar.tariffYearOf(LocalDate.of(2026, 1, 1)));
        assertEquals(LocalDate.of(2026, 1, 1), calendar.tariffYearOf(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void theViewShowsOnlyTheFieldsOfItsKind() {
        TariffVersion tiered = tiered(THREE, "07-01", 5, "60");
        assertEquals(tiered, PriceVersion.of(tiered).view());
        TariffVersion flat = new TariffVersion(JAN_1, "FLAT", null, null, null, null, 345L, null);
        assertEquals(flat, PriceVersion.of(flat).view());
        TariffVersion seasonal = seasonal(new Season(11, 3, 350), new Season(4, 10, 300));
        assertEquals(seasonal, PriceVersion.of(seasonal).view());
        assertEquals("01-01", PriceVersion.of(tiered(THREE, null, null, null)).view().yearStart());
    }

    @Test
    void aMonthWithoutSeasonCannotBePriced() {
        PriceVersion flat = PriceVersion.of(new TariffVersion(JAN_1, "FLAT", null, null, null, null, 345L, null));
        assertThrows(IllegalStateException.class, () -> flat.seasonalPrice(1));
    }
}
