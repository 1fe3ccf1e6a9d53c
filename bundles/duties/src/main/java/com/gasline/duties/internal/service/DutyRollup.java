package com.gasline.duties.internal.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.duties.internal.rules.ScoreBand;
import com.gasline.duties.internal.store.DutyStore;
import com.gasline.group.api.Rollup;

/**
 * Duties' figures for the group's roll-ups: the hours the rosters left short of the seat rules, and the monthly
 * assessment scores by where they stand against the base (the assessment's only grading). Counts, no names.
 */
@Component(service = Rollup.class)
public class DutyRollup implements Rollup {

    private static final Map<ScoreBand, String> BANDS = Map.of(ScoreBand.ABOVE_BASE, "staffMonthsAboveBase", ScoreBand.AT_BASE,
            "staffMonthsAtBase", ScoreBand.BELOW_BASE, "staffMonthsBelowBase");

    private static final List<Measure> MEASURES = List.of(
            new Measure("rosterGapHours", "排班缺岗（岗位·小时）", "hours a position had fewer people rostered than its seat rule asks", false),
            new Measure("staffMonthsAboveBase", "考核高于基准分（人·月）",
                    "monthly scores above the branch's base (100 by default; net extra points), staff × months", true),
            new Measure("staffMonthsAtBase", "考核等于基准分（人·月）", "monthly scores at the branch's base (nothing added or deducted), staff × months",
                    false),
            new Measure("staffMonthsBelowBase", "考核低于基准分（人·月）", "monthly scores below the branch's base (net deductions), staff × months", false));

    private final DutyStore store;
    private final Rosters rosters;
    private final Assessments assessments;

    @Activate
    public DutyRollup(@Reference DutyStore store, @Reference Rosters rosters, @Reference Assessments assessments) {
        this.store = store;
        this.rosters = rosters;
        this.assessments = assessments;
    }

    @Override
    public String module() {
        return "duties";
    }

    @Override
    public List<Measure> measures() {
        return MEASURES;
    }

    /** Assessments are monthly: every month the period touches counts, each staff member once per month. */
    @Override
    public Map<String, Double> figures(String tenant, LocalDate from, LocalDate to) {
        Map<String, Double> f = new HashMap<>();
        long seatRules = store.in(tenant, em -> em.createQuery("select count(r) from SeatRuleEntity r", Long.class).getSingleResult());
        // without seat rules no roster can fall short: nothing to measure
        f.put("rosterGapHours", seatRules == 0 ? null : (double) rosters.gaps(tenant, from, to).size());
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        List<Double> scores = new ArrayList<>();
        assessments.scores(tenant, months).values().forEach(byUser -> scores.addAll(byUser.values()));
        // a branch that keeps no staff in duties has no assessment to compare
        ScoreBand.count(scores, assessments.scheme(tenant).base()).forEach((band, n) -> f.put(BANDS.get(band), scores.isEmpty() ? null : (double) n));
        return f;
    }
}
