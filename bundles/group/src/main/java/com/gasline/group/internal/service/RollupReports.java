package com.gasline.group.internal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import com.gasline.group.api.Rollup;
import com.gasline.group.api.rest.BranchFigures;
import com.gasline.group.api.rest.Measure;
import com.gasline.group.api.rest.Ranking;
import com.gasline.group.api.rest.Rollups;
import com.gasline.group.internal.rules.Ranks;
import com.gasline.platform.api.audit.AuditLog;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;
import com.gasline.platform.api.tenant.Tenant;
import com.gasline.platform.api.tenant.TenantRegistry;
import com.gasline.platform.api.time.BranchClock;

/**
 * The group's roll-ups: each running module's figures for every branch that enabled it. Read-only, and every read is
 * in the audit log, since the figures of all branches leave through it.
 */
@Component(service = RollupReports.class)
public class RollupReports {

    private final TenantRegistry tenants;
    private final BranchClock clock;
    private final AuditLog audit;
    private final List<Rollup> rollups = new CopyOnWriteArrayList<>();

    @Activate
    public RollupReports(@Reference TenantRegistry tenants, @Reference BranchClock clock, @Reference AuditLog audit) {
        this.tenants = tenants;
        this.clock = clock;
        this.audit = audit;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRollup(Rollup rollup) {
        rollups.add(rollup);
    }

    void removeRollup(Rollup rollup) {
        rollups.remove(rollup);
    }

    public Rollups rollups(String fromText, String toText) {
        LocalDate[] period = period(fromText, toText);
        audit.record("group.rollups", period[0] + "/" + period[1]);
        List<Rollup> sources = rollups.stream().sorted(Comparator.comparing(Rollup::module)).toList();
        List<Measure> measures = new ArrayList<>();
        sources.forEach(r -> r.measures().forEach(m -> measures.add(new Measure(m.id(), r.module(), m.zh(), m.en(), m.higherIsBetter()))));
        List<BranchFigures> branches = new ArrayList<>();
        for (Tenant t : tenants.list().stream().sorted(Comparator.comparing(Tenant::code)).toList()) {
            Map<String, Double> figures = new LinkedHashMap<>();
            for (Rollup r : sources) {
                if (t.modules().contains(r.module())) {
                    r.figures(t.code(), period[0], period[1]).forEach((k, v) -> {
                        if (v != null) {
                            figures.put(k, v);
                        }
                    });
                }
            }
            branches.add(new BranchFigures(t.code(), t.name(), figures));
        }
        return new Rollups(period[0], period[1], measures, branches);
    }

    public Ranking ranking(String measureId, String from, String to) {
        new Validation().required("measure", measureId).throwIfInvalid();
        Rollups all = rollups(from, to);
        Measure measure = all.measures().stream().filter(m -> m.id().equals(measureId)).findFirst().orElseThrow(() -> Problems.notFound(
                Text.of("没有这个指标：" + measureId, "No such measure: " + measureId)));
        Map<String, Double> figures = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (BranchFigures b : all.branches()) {
            names.put(b.branch(), b.name());
            if (b.figures().get(measureId) != null) {
                figures.put(b.branch(), b.figures().get(measureId));
            }
        }
        return new Ranking(measure, all.from(), all.to(), Ranks.rank(figures, names, measure.higherIsBetter()));
    }

    /** Default: last month in the group's default zone; at most a year. */
    private LocalDate[] period(String fromText, String toText) {
        LocalDate today = LocalDate.now(clock.clock().withZone(BranchClock.DEFAULT_ZONE));
        LocalDate from = fromText == null ? today.minusMonths(1).withDayOfMonth(1) : Validation.date(fromText, "from");
        LocalDate to = toText == null ? (fromText == null ? today.withDayOfMonth(1).minusDays(1) : from.plusMonths(1).minusDays(1))
                : Validation.date(toText, "to");
        new Validation().check(!to.isBefore(from), "to", "不能早于开始日期", "must not be before from")
                .check(!to.isAfter(from.plusYears(1)), "to", "最多一年", "at most a year").throwIfInvalid();
        return new LocalDate[] { from, to };
    }
}
