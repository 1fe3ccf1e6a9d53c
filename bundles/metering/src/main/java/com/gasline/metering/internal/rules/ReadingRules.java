package com.gasline.metering.internal.rules;

import java.math.BigDecimal;
import java.util.List;

import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/**
 * The 三准 checks of a reading against the meter's previous one: a value below it is refused unless
 * the register rolled over; a consumption above 3× the meter's average, or none at all on an active
 * account, is accepted but flagged for review (用气异常).
 */
public final class ReadingRules {

    public static final BigDecimal HIGH_FACTOR = new BigDecimal("3");

    public enum Anomaly {
        HIGH, ZERO
    }

    public record Checked(BigDecimal consumption, Anomaly anomaly) {
    }

    private ReadingRules() {
    }

    /**
     * @param average the meter's average consumption per reading so far, null when it has no history
     */
    public static Checked check(BigDecimal previous, BigDecimal value, int digits, boolean rollover, BigDecimal average,
            boolean accountActive) {
        BigDecimal capacity = BigDecimal.TEN.pow(digits);
        if (value.compareTo(capacity) >= 0) {
            throw refused("value", "读数超出表的位数（" + digits + " 位）", "exceeds the meter's " + digits + " digits");
        }
        BigDecimal consumption;
        if (value.compareTo(previous) >= 0) {
            if (rollover) {
                throw refused("rollover", "读数未小于上次读数，不是翻转", "the value is not below the previous one, so no rollover");
            }
            consumption = value.subtract(previous);
        } else if (rollover) {
            consumption = value.add(capacity).subtract(previous);
        } else {
            throw refused("value", "读数 " + value.toPlainString() + " 小于上次读数 " + previous.toPlainString() + "（如为翻转请注明 rollover）",
                    "reading " + value.toPlainString() + " is below the previous " + previous.toPlainString() + " (mark rollover if the register wrapped)");
        }
        Anomaly anomaly = null;
        if (consumption.signum() == 0 && accountActive) {
            anomaly = Anomaly.ZERO;
        } else if (average != null && average.signum() > 0 && consumption.compareTo(average.multiply(HIGH_FACTOR)) > 0) {
            anomaly = Anomaly.HIGH;
        }
        return new Checked(consumption, anomaly);
    }

    private static RuntimeException refused(String field, String zh, String en) {
        return Problems.ruleViolated(Text.of(zh, en), List.of(new FieldError(field, Text.of(zh, en))));
    }
}
