package com.gasline.metering.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/**
 * 估抄: a meter that could not be read is estimated at its average daily consumption over its last actual
 * readings, times the days since its last reading, in whole m³ (half up). The register wraps as a real one would.
 */
public final class Estimating {

    /** An actual reading's consumption since the actual reading before it. */
    public record Actual(LocalDate readOn, BigDecimal consumption) {
    }

    public record Estimate(BigDecimal volume, BigDecimal value, boolean rollover) {
    }

    private Estimating() {
    }

    /**
     * @param since      the day of the actual reading before the oldest of {@code actuals} (or the install day)
     * @param actuals    the last actual readings, oldest first
     * @param lastReadOn the day of the meter's last reading, estimated or not
     * @param lastValue  the meter's last reading
     */
    public static Estimate estimate(LocalDate since, List<Actual> actuals, LocalDate lastReadOn, BigDecimal lastValue, int digits,
            LocalDate readOn) {
        long span = actuals.isEmpty() ? 0 : ChronoUnit.DAYS.between(since, actuals.get(actuals.size() - 1).readOn());
        if (span <= 0) {
            throw refused("serial", "该表还没有实抄记录，无法估抄", "the meter has no actual readings to estimate from");
        }
        long days = ChronoUnit.DAYS.between(lastReadOn, readOn);
        if (days <= 0) {
            throw refused("readOn", "估抄日期须晚于上次抄表日期 " + lastReadOn, "must be after the last reading on " + lastReadOn);
        }
        BigDecimal used = actuals.stream().map(Actual::consumption).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal volume = used.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(span), 0, RoundingMode.HALF_UP);
        BigDecimal value = lastValue.add(volume);
        BigDecimal capacity = BigDecimal.TEN.pow(digits);
        boolean rollover = value.compareTo(capacity) >= 0;
        return new Estimate(volume, rollover ? value.subtract(capacity) : value, rollover);
    }

    private static RuntimeException refused(String field, String zh, String en) {
        return Problems.ruleViolated(Text.of(zh, en), List.of(new FieldError(field, Text.of(zh, en))));
    }
}
