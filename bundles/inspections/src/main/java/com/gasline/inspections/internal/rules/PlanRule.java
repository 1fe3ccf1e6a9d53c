package com.gasline.inspections.internal.rules;

import java.time.LocalDate;

/** Which accounts a plan takes: those of a planned class whose last inspection is at least its interval before the period's end. */
public final class PlanRule {

    private PlanRule() {
    }

    /**
     * @param intervalMonths months between inspections for the account's class; null when the class is not inspected
     * @param lastInspected  day of the last inspected visit, null if never
     */
    public static boolean due(Integer intervalMonths, LocalDate lastInspected, LocalDate periodEnd) {
        if (intervalMonths == null) {
            return false;
        }
        return lastInspected == null || !lastInspected.plusMonths(intervalMonths).isAfter(periodEnd);
    }
}
