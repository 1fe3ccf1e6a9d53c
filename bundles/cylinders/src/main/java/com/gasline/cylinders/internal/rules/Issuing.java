package com.gasline.cylinders.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/**
 * What may be handed to a customer: a full cylinder of the asked spec, at the point, not due for its
 * periodic inspection (定期检验, every {@value #INSPECTION_YEARS} years), not rejected, not past its scrap date.
 */
public final class Issuing {

    public static final int INSPECTION_YEARS = 4;
    public static final String FULL = "FULL";
    public static final String EMPTY = "EMPTY";
    public static final String WITH_CUSTOMER = "WITH_CUSTOMER";
    public static final String AWAITING_INSPECTION = "AWAITING_INSPECTION";
    public static final String REJECTED = "REJECTED";
    public static final String SCRAPPED = "SCRAPPED";

    private Issuing() {
    }

    public static boolean due(LocalDate nextInspectionOn, LocalDate today) {
        return !nextInspectionOn.isAfter(today);
    }

    public static LocalDate nextInspection(LocalDate lastInspectedOn) {
        return lastInspectedOn.plusYears(INSPECTION_YEARS);
    }

    /** Why this cylinder must not be issued today; empty when it may. */
    public static List<FieldError> refusals(String serial, String status, String spec, String location, String atPoint, LocalDate nextInspectionOn,
            LocalDate scrapOn, String wantedSpec, String point, LocalDate today) {
        List<FieldError> why = new ArrayList<>();
        if (REJECTED.equals(status) || SCRAPPED.equals(status)) {
            why.add(error("钢瓶 " + serial + " 已" + (REJECTED.equals(status) ? "剔除（不合格）" : "报废") + "，不得发出",
                    "cylinder " + serial + " is " + status.toLowerCase() + " and must not be issued"));
        } else if (scrapOn != null && !scrapOn.isAfter(today)) {
            why.add(error("钢瓶 " + serial + " 已到报废日期 " + scrapOn, "cylinder " + serial + " reached its scrap date " + scrapOn));
        } else if (due(nextInspectionOn, today)) {
            why.add(error("钢瓶 " + serial + " 已到检验期（" + nextInspectionOn + "），须送检，不得发出",
                    "cylinder " + serial + " was due for inspection on " + nextInspectionOn + " and must not be issued"));
        }
        if (!FULL.equals(status) && why.isEmpty()) {
            why.add(error("钢瓶 " + serial + " 不是满瓶", "cylinder " + serial + " is not full"));
        }
        if (!"POINT".equals(location) || !point.equals(atPoint)) {
            why.add(error("钢瓶 " + serial + " 不在本调瓶点", "cylinder " + serial + " is not at this point"));
        }
        if (!spec.equals(wantedSpec)) {
            why.add(error("规格不符：" + spec + "，应为 " + wantedSpec, "spec " + spec + " is not " + wantedSpec));
        }
        return why;
    }

    public static RuntimeException refused(List<FieldError> why) {
        return Problems.ruleViolated(why.get(0).message(), why);
    }

    private static FieldError error(String zh, String en) {
        return new FieldError("issuedSerial", Text.of(zh, en));
    }
}
