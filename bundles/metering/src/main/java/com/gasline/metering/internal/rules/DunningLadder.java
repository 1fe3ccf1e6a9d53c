package com.gasline.metering.internal.rules;

import java.util.List;

import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/**
 * 催缴: reminder by phone or SMS → formal demand letter (催缴函) once the debt is more than three months
 * old → home visit → legal action. Each step is recorded; none is skipped. Suspending supply stays a
 * separate, recorded decision in accounts, never a step taken here.
 */
public final class DunningLadder {

    public static final List<String> STEPS = List.of("REMINDER", "DEMAND_LETTER", "HOME_VISIT", "LEGAL");
    static final int DEMAND_AFTER_DAYS = 90;

    private DunningLadder() {
    }

    /** Checks that {@code step} may follow {@code done} for a debt {@code daysOverdue} old; 422 naming why not. */
    public static void check(List<String> done, String step, long owedFen, int daysOverdue) {
        int index = STEPS.indexOf(step);
        if (index < 0) {
            throw Problems.validation(List.of(new FieldError("step", Text.of("只能是 REMINDER、DEMAND_LETTER、HOME_VISIT 或 LEGAL",
                    "must be REMINDER, DEMAND_LETTER, HOME_VISIT or LEGAL"))));
        }
        if (owedFen <= 0) {
            throw refused("该户没有逾期欠费", "The account has no overdue bills");
        }
        if (index > 0 && !done.contains(STEPS.get(index - 1))) {
            throw refused("须先完成上一步：" + STEPS.get(index - 1), "the step before, " + STEPS.get(index - 1) + ", comes first");
        }
        if ("DEMAND_LETTER".equals(step) && daysOverdue <= DEMAND_AFTER_DAYS) {
            throw refused("欠费超过 3 个月（" + DEMAND_AFTER_DAYS + " 天）才发催缴函，目前逾期 " + daysOverdue + " 天",
                    "a demand letter comes after " + DEMAND_AFTER_DAYS + " days overdue; this debt is " + daysOverdue + " days");
        }
    }

    private static RuntimeException refused(String zh, String en) {
        return Problems.ruleViolated(Text.of(zh, en), List.of(new FieldError("step", Text.of(zh, en))));
    }
}
