package com.gasline.metering.internal.rules;

import java.math.BigDecimal;
import java.util.List;

import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/**
 * The 三准 checks of a reading against the meter's previous one: a value below it is refused unless
 * the register rolled over, and a rollover is refused when the consumption it implies is implausible for
 * the meter's history; a consumption above the branch's factor × the meter's average, or none at all on an
 * active account, is accepted but flagged for review (用气异常).
 */
public final class ReadingRules {

    public enum Anomaly {
        HIGH, ZERO
    }

    /**
     * @param highFactor      above this × the average a consumption is HIGH
     * @param rolloverFactor  a rollover may imply at most this × the average
     * @param firstReadingCap what a rollover may imply on a meter without history
     */
    public record Limits(BigDecimal highFactor, BigDecimal rolloverFactor, BigDecimal firstReadingCap) {
    }

    public record Checked(BigDecimal consumption, Anomaly anomaly) {
    }

    private ReadingRules() {
    }

    /**
     * @param previous  the reading consumption is counted from: the last actual one when estimates followed it
     * @param average   the meter's average consumption per reading so far, null when it has no history
     * @param estimated the volume of the estimates since {@code previous}: the rest is what was used since the last reading
     */
    public static Checked check(BigDecimal previous, BigDecimal value, int digits, boolean rollover, BigDecimal average,
            boolean accountActive, Limits limits, BigDecimal estimated) {
        BigDecimal capacity = BigDecimal.TEN.pow(digits);
        if (value.compareTo(capacity) >= 0) {
            throw refused("value", "读数超出表的位数（" + digits + " 位）", "exceeds the meter's " + digits + " digits");
        }
        boolean history = average != null && average.signum() > 0;
        BigDecimal consumption;
        if (value.compareTo(previous) >= 0) {
            if (rollover) {
                throw refused("rollover", "读数未小于上次读数，不是翻转", "the value is not below the previous one, so no rollover");
            }
            consumption = value.subtract(previous);
        } else if (rollover) {
            consumption = value.add(capacity).subtract(previous);
            plausibleRollover(consumption.subtract(estimated), history ? average.multiply(limits.rolloverFactor()) : limits.firstReadingCap(),
                    history);
        } else {
            throw refused("value", "读数 " + value.toPlainString() + " 小于上次读数 " + previous.toPlainString() + "（如为翻转请注明 rollover）",
                    "reading " + value.toPlainString() + " is below the previous " + previous.toPlainString() + " (mark rollover if the register wrapped)");
        }
        Anomaly anomaly = null;
        if (consumption.signum() == 0 && accountActive) {
            anomaly = Anomaly.ZERO;
        } else if (history && consumption.subtract(estimated).compareTo(average.multiply(limits.highFactor())) > 0) {
            anomaly = Anomaly.HIGH;
        }
        return new Checked(consumption, anomaly);
    }

    /** A register that wrapped implies a consumption: 420 after 520 on five digits is 99,900 m³, not a household's month. */
    private static void plausibleRollover(BigDecimal implied, BigDecimal limit, boolean history) {
        if (implied.compareTo(limit) > 0) {
            String zhBasis = history ? "按该表平均用气的倍数" : "无历史读数的首次上限";
            String enBasis = history ? "the meter's average times the rollover factor" : "the first-reading cap of the category";
            throw refused("rollover", "翻转意味着用气 " + implied.stripTrailingZeros().toPlainString() + " m³，超过上限 "
                    + limit.stripTrailingZeros().toPlainString() + " m³（" + zhBasis + "），请核对读数",
                    "a rollover implies " + implied.stripTrailingZeros().toPlainString() + " m³, above the limit of "
                            + limit.stripTrailingZeros().toPlainString() + " m³ (" + enBasis + "); check the reading");
        }
    }

    private static RuntimeException refused(String field, String zh, String en) {
        return Problems.ruleViolated(Text.of(zh, en), List.of(new FieldError(field, Text.of(zh, en))));
    }
}
