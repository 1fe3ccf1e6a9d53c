package com.gasline.cylinders.internal.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.cylinders.internal.store.CylinderStore;
import com.gasline.group.api.Rollup;

/** The exchange points' figures for the group's roll-ups: exchanges and what the remittances missed, no customer. */
@Component(service = Rollup.class)
public class ExchangeRollup implements Rollup {

    private static final List<Measure> MEASURES = List.of(
            new Measure("cylinderExchanges", "换瓶数", "cylinder exchanges", true),
            new Measure("remittanceShortFen", "解缴差额（分）", "cash remitted below expected, fen", false));

    private final CylinderStore store;

    @Activate
    public ExchangeRollup(@Reference CylinderStore store) {
        this.store = store;
    }

    @Override
    public String module() {
        return "cylinders";
    }

    @Override
    public List<Measure> measures() {
        return MEASURES;
    }

    @Override
    public Map<String, Double> figures(String tenant, LocalDate from, LocalDate to) {
        return store.in(tenant, em -> {
            long exchanges = em.createQuery("select count(e) from ExchangeEntity e where e.day between :f and :t", Long.class)
                    .setParameter("f", from).setParameter("t", to).getSingleResult();
            // a shortfall of one day is not made good by a surplus of another: each day's short cash counts
            List<Object[]> days = em.createQuery("select r.expectedCashFen, r.cashFen from RemittanceEntity r where r.day between :f and :t",
                    Object[].class).setParameter("f", from).setParameter("t", to).getResultList();
            long shortFen = days.stream().mapToLong(r -> Math.max(0, ((Number) r[0]).longValue() - ((Number) r[1]).longValue())).sum();
            Map<String, Double> f = new HashMap<>();
            f.put("cylinderExchanges", (double) exchanges);
            f.put("remittanceShortFen", (double) shortFen);
            return f;
        });
    }
}
