package com.gasline.metering.internal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.gasline.metering.api.rest.Tier;
import com.gasline.metering.api.rest.TariffVersion;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.problem.Text;

/**
 * A group's tariff structure (阶梯结构) on a branch's own prices: the structure brings the tier bounds and the
 * household rule, the branch keeps its price of each tier, tier by tier. Versions are never rewritten, so the
 * structure becomes a new version the day after the later of the branch's today and its newest version.
 */
public final class Restructuring {

    /** The price a structure is checked with: the group's template carries none. */
    private static final long ANY_PRICE = 1;

    private Restructuring() {
    }

    /** The structure's field errors as {@link PriceVersion} finds them (unprefixed); none when it is sound. Its tiers are a list, without nulls. */
    public static List<FieldError> check(TariffVersion structure) {
        try {
            PriceVersion.of(withPrices(structure, null, structure.effectiveFrom()));
            return List.of();
        } catch (ProblemException e) {
            return e.errors();
        }
    }

    /** The first day the structure may take effect: after today and after the newest version, not before {@code notBefore}. */
    public static LocalDate effectiveDay(LocalDate notBefore, LocalDate today, LocalDate newest) {
        LocalDate day = today.plusDays(1);
        if (newest != null && !newest.isBefore(day)) {
            day = newest.plusDays(1);
        }
        return notBefore != null && notBefore.isAfter(day) ? notBefore : day;
    }

    /** Why the branch's version in force cannot lend its prices to the structure (named under {@code at}); null when it can. */
    public static FieldError unmappable(String at, TariffVersion structure, PriceVersion current) {
        if (current == null) {
            return new FieldError(at + ".category", Text.of("本分公司该类别还没有气价，无从沿用", "the branch has no price for this category to keep"));
        }
        if (current.kind() != PriceVersion.Kind.TIERED) {
            return new FieldError(at + ".category", Text.of("本分公司该类别按 " + current.kind() + " 计价，不是阶梯气价",
                    "the branch prices this category " + current.kind() + ", not in tiers"));
        }
        int tiers = structure.tiers().size();
        if (current.tiers().size() != tiers) {
            return new FieldError(at + ".tiers", Text.of("本分公司有 " + current.tiers().size() + " 档价格，模板有 " + tiers + " 档",
                    "the branch has " + current.tiers().size() + " tier prices, the template " + tiers + " tiers"));
        }
        return null;
    }

    /** The new version: the structure's bounds and household rule, the current version's price tier by tier. */
    public static PriceVersion priced(TariffVersion structure, PriceVersion current, LocalDate from) {
        return PriceVersion.of(withPrices(structure, current, from));
    }

    /** Whether {@code current} already has the structure of {@code next}: then the branch needs no new version. */
    public static boolean sameStructure(PriceVersion current, PriceVersion next) {
        if (current == null || current.kind() != next.kind() || current.tiers().size() != next.tiers().size()) {
            return false;
        }
        for (int i = 0; i < next.tiers().size(); i++) {
            if (!sameVolume(current.tiers().get(i).upToM3(), next.tiers().get(i).upToM3())) {
                return false;
            }
        }
        return current.yearStart().equals(next.yearStart()) && current.householdBase() == next.householdBase()
                && current.upliftPerPersonM3().compareTo(next.upliftPerPersonM3()) == 0;
    }

    private static boolean sameVolume(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
    }

    private static TariffVersion withPrices(TariffVersion s, PriceVersion prices, LocalDate from) {
        List<Tier> tiers = new ArrayList<>();
        for (int i = 0; i < s.tiers().size(); i++) {
            tiers.add(new Tier(s.tiers().get(i).upToM3(), prices == null ? ANY_PRICE : prices.tiers().get(i).priceFen()));
        }
        // a structure without a date of its own is checked on any date
        return new TariffVersion(from == null ? LocalDate.EPOCH : from, PriceVersion.Kind.TIERED.name(), tiers, s.yearStart(),
                s.householdBase(), s.upliftPerPersonM3(), null, null);
    }
}
