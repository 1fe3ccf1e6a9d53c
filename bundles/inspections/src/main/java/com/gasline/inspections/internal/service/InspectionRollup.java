package com.gasline.inspections.internal.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.group.api.Rollup;
import com.gasline.inspections.api.rest.CoverageLine;
import com.gasline.inspections.api.rest.CoverageReport;

/** Inspections' figures for the group's roll-ups: coverage of the plans overlapping the period and open hazards. */
@Component(service = Rollup.class)
public class InspectionRollup implements Rollup {

    private static final List<Measure> MEASURES = List.of(
            new Measure("householdsPlanned", "计划安检户数", "households planned", true),
            new Measure("inspectionCoverage", "安检覆盖率", "planned households inspected", true),
            new Measure("hazardsOverdue", "逾期未整改隐患", "hazards open past their deadline", false));

    private final Coverage coverage;

    @Activate
    public InspectionRollup(@Reference Coverage coverage) {
        this.coverage = coverage;
    }

    @Override
    public String module() {
        return "inspections";
    }

    @Override
    public List<Measure> measures() {
        return MEASURES;
    }

    @Override
    public Map<String, Double> figures(String tenant, LocalDate from, LocalDate to) {
        CoverageReport r = coverage.report(tenant, from.toString(), to.toString());
        int planned = r.plans().stream().mapToInt(CoverageLine::planned).sum();
        int inspected = r.plans().stream().mapToInt(CoverageLine::inspected).sum();
        Map<String, Double> f = new HashMap<>();
        f.put("householdsPlanned", (double) planned);
        f.put("inspectionCoverage", planned == 0 ? null : inspected / (double) planned);
        f.put("hazardsOverdue", (double) r.plans().stream().mapToInt(CoverageLine::hazardsOverdue).sum());
        return f;
    }
}
