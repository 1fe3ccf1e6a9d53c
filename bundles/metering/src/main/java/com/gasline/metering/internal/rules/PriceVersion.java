package com.gasline.metering.internal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.gasline.metering.api.rest.Season;
import com.gasline.metering.api.rest.Tier;
import com.gasline.metering.api.rest.TariffVersion;
import com.gasline.platform.api.problem.Validation;

/** A validated tariff version, ready for {@link Pricing}. */
public record PriceVersion(LocalDate effectiveFrom, Kind kind, List<Tier> tiers, MonthDay yearStart, int householdBase,
        BigDecimal upliftPerPersonM3, long priceFen, List<Season> seasons) {

    public enum Kind {
        TIERED, FLAT, SEASONAL
    }

    private static final Pattern MONTH_DAY = Pattern.compile("(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])");

    /** 400 naming each wrong field; prices must be positive fen, tiers ascending and ending unbounded. */
    public static PriceVersion of(TariffVersion v) {
        Validation.requireBody(v);
        Validation check = new Validation().required("effectiveFrom", v.effectiveFrom()).required("kind", v.kind());
        check.throwIfInvalid();
        Kind kind;
        try {
            kind = Kind.valueOf(v.kind());
        } catch (IllegalArgumentException e) {
            check.check(false, "kind", "只能是 TIERED、FLAT 或 SEASONAL", "must be TIERED, FLAT or SEASONAL").throwIfInvalid();
            return null;
        }
        switch (kind) {
            case TIERED -> {
                check.check(v.tiers() != null && !v.tiers().isEmpty(), "tiers", "阶梯气价至少要有一档", "at least one tier is required");
                if (v.tiers() != null && !v.tiers().isEmpty()) {
                    BigDecimal last = BigDecimal.ZERO;
                    for (int i = 0; i < v.tiers().size(); i++) {
                        Tier t = v.tiers().get(i);
                        boolean lastTier = i == v.tiers().size() - 1;
                        check.check(t != null && t.priceFen() > 0, "tiers[" + i + "].priceFen", "价格（分/m³）必须大于 0", "must be more than 0 fen");
                        if (t == null) {
                            continue;
                        }
                        if (lastTier) {
                            check.check(t.upToM3() == null, "tiers[" + i + "].upToM3", "最后一档不设上限", "the last tier must be unbounded");
                        } else {
                            check.check(t.upToM3() != null && t.upToM3().compareTo(last) > 0, "tiers[" + i + "].upToM3",
                                    "各档上限必须递增", "tier limits must increase");
                            if (t.upToM3() != null) {
                                last = t.upToM3();
                            }
                        }
                    }
                }
                check.check(v.yearStart() == null || monthDay(v.yearStart()) != null, "yearStart",
                        "格式为 MM-DD", "format MM-DD");
                check.check(v.householdBase() == null || v.householdBase() >= 1, "householdBase", "必须至少为 1", "must be at least 1");
                check.check(v.upliftPerPersonM3() == null || v.upliftPerPersonM3().signum() >= 0, "upliftPerPersonM3",
                        "不能为负数", "must not be negative");
            }
            case FLAT -> check.check(v.priceFen() != null && v.priceFen() > 0, "priceFen", "价格（分/m³）必须大于 0", "must be more than 0 fen");
            case SEASONAL -> {
                check.check(v.seasons() != null && !v.seasons().isEmpty(), "seasons", "至少要有一个季节", "at least one season is required");
                if (v.seasons() != null) {
                    boolean[] covered = new boolean[13];
                    for (int i = 0; i < v.seasons().size(); i++) {
                        Season s = v.seasons().get(i);
                        boolean ok = s != null && s.fromMonth() >= 1 && s.fromMonth() <= 12 && s.toMonth() >= 1 && s.toMonth() <= 12;
                        check.check(ok, "seasons[" + i + "]", "月份须在 1 到 12 之间", "months must be 1 to 12");
                        check.check(s != null && s.priceFen() > 0, "seasons[" + i + "].priceFen", "价格（分/m³）必须大于 0", "must be more than 0 fen");
                        if (ok) {
                            for (int m = s.fromMonth();; m = m % 12 + 1) {
                                check.check(!covered[m], "seasons[" + i + "]", "季节重叠：" + m + " 月", "seasons overlap in month " + m);
                                covered[m] = true;
                                if (m == s.toMonth()) {
                                    break;
                                }
                            }
                        }
                    }
                    boolean all = true;
                    for (int m = 1; m <= 12; m++) {
                        all &= covered[m];
                    }
                    check.check(all, "seasons", "季节必须覆盖全年 12 个月", "seasons must cover all 12 months");
                }
            }
        }
        check.throwIfInvalid();
        return new PriceVersion(v.effectiveFrom(), kind, v.tiers() == null ? List.of() : List.copyOf(v.tiers()),
                v.yearStart() == null ? MonthDay.of(1, 1) : monthDay(v.yearStart()),
                v.householdBase() == null ? 4 : v.householdBase(),
                v.upliftPerPersonM3() == null ? BigDecimal.ZERO : v.upliftPerPersonM3(),
                v.priceFen() == null ? 0 : v.priceFen(), v.seasons() == null ? List.of() : new ArrayList<>(v.seasons()));
    }

    /** {@code MM-DD} as a month and day; null when it is none (13-01, 02-30). */
    private static MonthDay monthDay(String value) {
        if (!MONTH_DAY.matcher(value).matches()) {
            return null;
        }
        try {
            return MonthDay.parse("--" + value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public TariffVersion view() {
        return new TariffVersion(effectiveFrom, kind.name(), kind == Kind.TIERED ? tiers : null,
                kind == Kind.TIERED ? String.format("%02d-%02d", yearStart.getMonthValue(), yearStart.getDayOfMonth()) : null,
                kind == Kind.TIERED ? householdBase : null, kind == Kind.TIERED ? upliftPerPersonM3 : null,
                kind == Kind.FLAT ? priceFen : null, kind == Kind.SEASONAL ? seasons : null);
    }

    /** The start of the tariff year that {@code day} falls in. */
    public LocalDate tariffYearOf(LocalDate day) {
        LocalDate start = yearStart.atYear(day.getYear());
        return start.isAfter(day) ? yearStart.atYear(day.getYear() - 1) : start;
    }

    long seasonalPrice(int month) {
        for (Season s : seasons) {
            boolean wraps = s.fromMonth() > s.toMonth();
            if (wraps ? month >= s.fromMonth() || month <= s.toMonth() : month >= s.fromMonth() && month <= s.toMonth()) {
                return s.priceFen();
            }
        }
        throw new IllegalStateException("no season for month " + month);
    }
}
