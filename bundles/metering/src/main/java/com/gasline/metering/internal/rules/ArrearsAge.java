package com.gasline.metering.internal.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;

/** 欠费账龄: how long a bill has been past due on a day, in the buckets the group compares branches by. */
public enum ArrearsAge {
    DAYS_0_30(30), DAYS_31_90(90), DAYS_91_180(180), OVER_180(Long.MAX_VALUE);

    private final long lastDay;

    ArrearsAge(long lastDay) {
        this.lastDay = lastDay;
    }

    /** The bucket of a bill due on {@code dueOn}, seen on {@code asOf}; null while it is not past due (due that day or later). */
    public static ArrearsAge of(LocalDate dueOn, LocalDate asOf) {
        long days = ChronoUnit.DAYS.between(dueOn, asOf);
        if (days <= 0) {
            return null;
        }
        for (ArrearsAge age : values()) {
            if (days <= age.lastDay) {
                return age;
            }
        }
        throw new IllegalStateException("unreachable: the last bucket is open-ended");
    }

    /** What is owed by due day, summed into every bucket (zero where nothing is owed); amounts not yet past due are left out. */
    public static Map<ArrearsAge, Long> owed(Map<LocalDate, Long> owedByDueDay, LocalDate asOf) {
        Map<ArrearsAge, Long> owed = new EnumMap<>(ArrearsAge.class);
        for (ArrearsAge age : values()) {
            owed.put(age, 0L);
        }
        owedByDueDay.forEach((dueOn, fen) -> {
            ArrearsAge age = of(dueOn, asOf);
            if (age != null) {
                owed.merge(age, fen, Long::sum);
            }
        });
        return owed;
    }
}
