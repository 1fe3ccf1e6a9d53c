package com.gasline.inspections.internal.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.inspections.api.rest.CoverageLine;
import com.gasline.inspections.api.rest.CoverageReport;
import com.gasline.inspections.internal.store.InspectionStore;
import com.gasline.inspections.internal.store.PlanEntity;
import com.gasline.platform.api.problem.Validation;

/** Coverage per plan (area and period): households by where their inspection stands, open and overdue hazards. */
@Component(service = Coverage.class)
public class Coverage {

    private final InspectionStore store;

    @Activate
    public Coverage(@Reference InspectionStore store) {
        this.store = store;
    }

    public CoverageReport report(String tenant, String fromText, String toText) {
        LocalDate today = store.today(tenant);
        LocalDate from = fromText == null ? today.withDayOfYear(1) : Validation.date(fromText, "from");
        LocalDate to = toText == null ? from.withDayOfYear(from.lengthOfYear()) : Validation.date(toText, "to");
        new Validation().check(!to.isBefore(from), "to", "不能早于开始日期", "must not be before from").throwIfInvalid();
        return store.in(tenant, em -> {
            List<PlanEntity> plans = em.createQuery("select p from PlanEntity p where p.periodStart <= :to and p.periodEnd >= :from"
                    + " order by p.area, p.periodStart", PlanEntity.class).setParameter("from", from).setParameter("to", to).getResultList();
            Map<String, Map<String, Integer>> byStatus = new HashMap<>();
            em.createQuery("select i.planId, i.status, count(i) from InspectionEntity i join PlanEntity p on p.id = i.planId"
                    + " where p.periodStart <= :to and p.periodEnd >= :from group by i.planId, i.status", Object[].class)
                    .setParameter("from", from).setParameter("to", to).getResultList()
                    .forEach(r -> byStatus.computeIfAbsent((String) r[0], k -> new HashMap<>()).put((String) r[1], ((Number) r[2]).intValue()));
            Map<String, int[]> hazards = new HashMap<>();
            em.createQuery("select h.planId, h.deadline from HazardEntity h join PlanEntity p on p.id = h.planId"
                    + " where h.status = 'OPEN' and p.periodStart <= :to and p.periodEnd >= :from", Object[].class)
                    .setParameter("from", from).setParameter("to", to).getResultList().forEach(r -> {
                        int[] n = hazards.computeIfAbsent((String) r[0], k -> new int[2]);
                        n[0]++;
                        if (today.isAfter((LocalDate) r[1])) {
                            n[1]++;
                        }
                    });
            return new CoverageReport(from, to, plans.stream().map(p -> {
                Map<String, Integer> s = byStatus.getOrDefault(p.id, Map.of());
                int[] h = hazards.getOrDefault(p.id, new int[2]);
                return new CoverageLine(p.id, p.area, p.periodStart, p.periodEnd, p.planned, s.getOrDefault("INSPECTED", 0),
                        s.getOrDefault("NO_ACCESS", 0), s.getOrDefault("UNREACHABLE", 0), s.getOrDefault("REFUSED", 0),
                        s.getOrDefault("PLANNED", 0) + s.getOrDefault("NOTIFIED", 0), h[0], h[1]);
            }).toList());
        });
    }
}
