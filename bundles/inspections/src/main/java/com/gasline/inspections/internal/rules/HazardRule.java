package com.gasline.inspections.internal.rules;

import java.time.LocalDate;

import com.gasline.inspections.api.rest.HazardGrade;
import com.gasline.inspections.api.rest.HazardStatus;

/** A hazard's rectification deadline counts from the day it was found; an open hazard past it is overdue. */
public final class HazardRule {

    private HazardRule() {
    }

    public static LocalDate deadline(HazardGrade grade, LocalDate foundOn) {
        return foundOn.plusDays(grade.rectificationDays());
    }

    public static boolean overdue(HazardStatus status, LocalDate deadline, LocalDate today) {
        return status == HazardStatus.OPEN && today.isAfter(deadline);
    }

    /** Only a critical hazard may stop the supply. */
    public static boolean maySuspendSupply(HazardGrade grade) {
        return grade == HazardGrade.CRITICAL;
    }
}
