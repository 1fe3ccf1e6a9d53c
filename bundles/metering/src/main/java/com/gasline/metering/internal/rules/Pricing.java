package com.gasline.metering.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import com.gasline.metering.api.rest.BillLine;
import com.gasline.metering.api.rest.Tier;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/**
 * Prices a consumption over a period. The period (after {@code from}, up to and including {@code to})
 * is cut at every price change, tariff-year start and (seasonal) month start; the volume is shared
 * between the pieces by days. Tiered pieces continue the annual volume already billed in their tariff
 * year. Each tier of each piece is one line; amounts are rounded half-up to the fen per line.
 */
public final class Pricing {

    private static final int VOLUME_SCALE = 3;

    private Pricing() {
    }

    /**
     * @param versions      the category's versions (any order)
     * @param usedInYear    annual volume already billed in the tariff year starting on the given date
     */
    public static List<BillLine> price(List<PriceVersion> versions, LocalDate from, LocalDate to, BigDecimal volume,
            int householdSize, Function<LocalDate, BigDecimal> usedInYear) {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("empty period " + from + " .. " + to);
        }
        List<PriceVersion> sorted = versions.stream().sorted(Comparator.comparing(PriceVersion::effectiveFrom)).toList();
        if (versionOn(sorted, from.plusDays(1)) == null) {
            throw Problems.ruleViolated(Text.of("该用户类别在 " + from.plusDays(1) + " 没有有效气价", "No tariff in effect on " + from.plusDays(1)));
        }
        // cut points: first day of each piece
        TreeSet<LocalDate> cuts = new TreeSet<>();
        cuts.add(from.plusDays(1));
        for (PriceVersion v : sorted) {
            if (v.effectiveFrom().isAfter(from.plusDays(1)) && !v.effectiveFrom().isAfter(to)) {
                cuts.add(v.effectiveFrom());
            }
        }
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusMonths(1).withDayOfMonth(1)) {
            PriceVersion v = versionOn(sorted, d);
            if (v.kind() == PriceVersion.Kind.SEASONAL && d.getDayOfMonth() == 1) {
                cuts.add(d);
            }
            LocalDate yearStart = v.yearStart().atYear(d.getYear());
            if (v.kind() == PriceVersion.Kind.TIERED && yearStart.isAfter(from) && !yearStart.isAfter(to)) {
                cuts.add(yearStart);
            }
        }
        List<LocalDate> starts = new ArrayList<>(cuts);
        long totalDays = ChronoUnit.DAYS.between(from, to);
        BigDecimal left = volume;
        Map<LocalDate, BigDecimal> usedByYear = new HashMap<>();
        List<BillLine> lines = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            LocalDate start = starts.get(i);
            LocalDate end = i + 1 < starts.size() ? starts.get(i + 1).minusDays(1) : to;
            long days = ChronoUnit.DAYS.between(start, end) + 1;
            BigDecimal share = i + 1 < starts.size()
                    ? volume.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(totalDays), VOLUME_SCALE, RoundingMode.HALF_UP)
                    : left;
            left = left.subtract(share);
            PriceVersion v = versionOn(sorted, start);
            switch (v.kind()) {
                case FLAT -> lines.add(line(lines.size() + 1, start, end, 0, share, v.priceFen(), null));
                case SEASONAL -> lines.add(line(lines.size() + 1, start, end, 0, share, v.seasonalPrice(start.getMonthValue()), null));
                case TIERED -> {
                    LocalDate year = v.tariffYearOf(start);
                    BigDecimal used = usedByYear.computeIfAbsent(year, y -> usedInYear.apply(y));
                    BigDecimal extra = v.upliftPerPersonM3().multiply(BigDecimal.valueOf(Math.max(0, householdSize - v.householdBase())));
                    BigDecimal remaining = share;
                    BigDecimal position = used;
                    for (int t = 0; t < v.tiers().size() && remaining.signum() > 0; t++) {
                        Tier tier = v.tiers().get(t);
                        BigDecimal limit = tier.upToM3() == null ? null : tier.upToM3().add(extra);
                        BigDecimal room = limit == null ? remaining : limit.subtract(position).max(BigDecimal.ZERO).min(remaining);
                        if (room.signum() > 0) {
                            lines.add(line(lines.size() + 1, start, end, t + 1, room, tier.priceFen(), year));
                            remaining = remaining.subtract(room);
                            position = position.add(room);
                        }
                    }
                    usedByYear.put(year, used.add(share));
                }
            }
        }
        return lines;
    }

    private static BillLine line(int seq, LocalDate from, LocalDate to, int tier, BigDecimal volume, long priceFen, LocalDate year) {
        long amount = volume.multiply(BigDecimal.valueOf(priceFen)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return new BillLine(seq, from, to, tier, volume.setScale(VOLUME_SCALE, RoundingMode.HALF_UP), priceFen, amount, year, TrueUp.GAS);
    }

    private static PriceVersion versionOn(List<PriceVersion> sorted, LocalDate day) {
        PriceVersion found = null;
        for (PriceVersion v : sorted) {
            if (!v.effectiveFrom().isAfter(day)) {
                found = v;
            }
        }
        return found;
    }
}
