package com.gasline.metering.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gasline.metering.api.rest.TariffVersion;
import com.gasline.metering.api.rest.Tier;
import com.gasline.platform.api.problem.FieldError;

/** A group's tier structure on a branch's own prices: which prices fit, what the new version holds and when it starts. */
class RestructuringTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static TariffVersion structure(String yearStart, Integer base, String uplift, String... bounds) {
        List<Tier> tiers = Arrays.stream(bounds).map(b -> new Tier(b == null ? null : new BigDecimal(b), 0)).toList();
        return new TariffVersion(null, "TIERED", tiers, yearStart, base, uplift == null ? null : new BigDecimal(uplift), null, null);
    }

    private static PriceVersion branchPrices(long... prices) {
        Tier[] tiers = new Tier[prices.length];
        for (int i = 0; i < prices.length; i++) {
            tiers[i] = new Tier(i == prices.length - 1 ? null : new BigDecimal(200 * (i + 1)), prices[i]);
        }
        return PriceVersion.of(new TariffVersion(LocalDate.of(2026, 1, 1), "TIERED", List.of(tiers), "03-01", 5, new BigDecimal("30"), null, null));
    }

    @Test
    void aSoundStructureHasNoErrorsWhateverItsDate() {
        assertEquals(List.of(), Restructuring.check(structure("01-01", 4, "60", "300", "600", null)));
        assertEquals(List.of(), Restructuring.check(structure(null, null, null, (String) null)));
    }

    @Test
    void aStructureIsCheckedAsTheModuleChecksATieredVersion() {
        List<String> fields = Restructuring.check(structure("13-01", 0, "-1", "600", "300", "900")).stream().map(FieldError::field).toList();
        assertEquals(List.of("tiers[1].upToM3", "tiers[2].upToM3", "yearStart", "householdBase", "upliftPerPersonM3"), fields);
        assertEquals(List.of("tiers"), Restructuring.check(structure(null, null, null)).stream().map(FieldError::field).toList());
    }

    @Test
    void theNewVersionKeepsTheBranchPriceOfEachTier() {
        PriceVersion next = Restructuring.priced(structure("01-01", 4, "60", "300", "600", null), branchPrices(250, 300, 380),
                LocalDate.of(2026, 12, 2));
        assertEquals(LocalDate.of(2026, 12, 2), next.effectiveFrom());
        assertEquals(PriceVersion.Kind.TIERED, next.kind());
        assertEquals(List.of(new Tier(new BigDecimal("300"), 250), new Tier(new BigDecimal("600"), 300), new Tier(null, 380)), next.tiers());
        assertEquals(MonthDay.of(1, 1), next.yearStart());
        assertEquals(4, next.householdBase());
        assertEquals(0, new BigDecimal("60").compareTo(next.upliftPerPersonM3()));
    }

    @Test
    void pricesThatDoNotFitAreNamed() {
        TariffVersion three = structure(null, null, null, "300", "600", null);
        assertNull(Restructuring.unmappable("categories[0]", three, branchPrices(1, 2, 3)));
        FieldError count = Restructuring.unmappable("categories[1]", three, branchPrices(1, 2));
        assertEquals("categories[1].tiers", count.field());
        assertTrue(count.message().en().contains("2 tier prices, the template 3"), count.message().en());
        assertEquals("categories[0].category", Restructuring.unmappable("categories[0]", three, null).field());
        PriceVersion flat = PriceVersion.of(new TariffVersion(TODAY, "FLAT", null, null, null, null, 300L, null));
        FieldError notTiered = Restructuring.unmappable("categories[2]", three, flat);
        assertEquals("categories[2].category", notTiered.field());
        assertTrue(notTiered.message().en().contains("FLAT"), notTiered.message().en());
    }

    @Test
    void theStructureStartsTomorrowAfterTheNewestVersionAndNotBeforeItsOwnDate() {
        assertEquals(TODAY.plusDays(1), Restructuring.effectiveDay(null, TODAY, TODAY.minusDays(30)));
        assertEquals(TODAY.plusDays(1), Restructuring.effectiveDay(null, TODAY, TODAY));
        assertEquals(TODAY.plusDays(2), Restructuring.effectiveDay(null, TODAY, TODAY.plusDays(1)));
        assertEquals(TODAY.plusDays(41), Restructuring.effectiveDay(null, TODAY, TODAY.plusDays(40)));
        assertEquals(TODAY.plusDays(1), Restructuring.effectiveDay(null, TODAY, null));
        assertEquals(TODAY.plusDays(1), Restructuring.effectiveDay(TODAY.plusDays(1), TODAY, null));
        assertEquals(TODAY.plusDays(1), Restructuring.effectiveDay(TODAY.minusYears(1), TODAY, null));
        assertEquals(TODAY.plusDays(31), Restructuring.effectiveDay(TODAY.plusDays(31), TODAY, TODAY.plusDays(5)));
        assertEquals(TODAY.plusDays(6), Restructuring.effectiveDay(TODAY.plusDays(6), TODAY, TODAY.plusDays(5)));
    }

    @Test
    void theSameStructureAgainNeedsNoNewVersion() {
        PriceVersion current = branchPrices(250, 300, 380);
        PriceVersion same = Restructuring.priced(structure("03-01", 5, "30.0", "200.00", "400", null), current, TODAY);
        assertTrue(Restructuring.sameStructure(current, same));
        assertFalse(Restructuring.sameStructure(null, same));
        assertFalse(Restructuring.sameStructure(current, Restructuring.priced(structure("03-01", 5, "30", "200", "450", null), current, TODAY)));
        assertFalse(Restructuring.sameStructure(current, Restructuring.priced(structure("03-01", 5, "30", "200", "400", "500", null),
                branchPrices(1, 2, 3, 4), TODAY)));
        assertFalse(Restructuring.sameStructure(current, Restructuring.priced(structure("01-01", 5, "30", "200", "400", null), current, TODAY)));
        assertFalse(Restructuring.sameStructure(current, Restructuring.priced(structure("03-01", 4, "30", "200", "400", null), current, TODAY)));
        assertFalse(Restructuring.sameStructure(current, Restructuring.priced(structure("03-01", 5, "31", "200", "400", null), current, TODAY)));
        PriceVersion flat = PriceVersion.of(new TariffVersion(TODAY, "FLAT", null, null, null, null, 300L, null));
        assertFalse(Restructuring.sameStructure(flat, same));
    }
}
