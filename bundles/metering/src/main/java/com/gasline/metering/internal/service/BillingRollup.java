package com.gasline.metering.internal.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.group.api.Rollup;
import com.gasline.metering.internal.rules.ArrearsAge;
import com.gasline.metering.internal.store.MeteringStore;

/**
 * Billing's figures for the group's roll-ups: what was billed in the period, and the arrears at its end by age. Bills
 * know only what is unpaid now, not what was unpaid on a past day, so the arrears are the amounts still unpaid today
 * of the bills that were past due on the period's last day (today, when the period has not ended), aged on that day.
 */
@Component(service = Rollup.class)
public class BillingRollup implements Rollup {

    private static final Map<ArrearsAge, String> ARREARS = Map.of(ArrearsAge.DAYS_0_30, "arrears0to30DaysFen", ArrearsAge.DAYS_31_90,
            "arrears31to90DaysFen", ArrearsAge.DAYS_91_180, "arrears91to180DaysFen", ArrearsAge.OVER_180, "arrearsOver180DaysFen");

    private static final List<Measure> MEASURES = List.of(
            new Measure("billedVolumeM3", "开票气量（立方米）", "gas billed in the period (bills issued, not reversed), m³", true),
            new Measure("billedRevenueFen", "开票金额（分）", "amount billed in the period (bills issued, not reversed), fen", true),
            new Measure("arrears0to30DaysFen", "逾期 0–30 天欠费（分）", "unpaid on bills 1–30 days past due at the period's end, fen", false),
            new Measure("arrears31to90DaysFen", "逾期 31–90 天欠费（分）", "unpaid on bills 31–90 days past due at the period's end, fen", false),
            new Measure("arrears91to180DaysFen", "逾期 91–180 天欠费（分）", "unpaid on bills 91–180 days past due at the period's end, fen", false),
            new Measure("arrearsOver180DaysFen", "逾期 180 天以上欠费（分）", "unpaid on bills over 180 days past due at the period's end, fen", false));

    private final MeteringStore store;

    @Activate
    public BillingRollup(@Reference MeteringStore store) {
        this.store = store;
    }

    @Override
    public String module() {
        return "metering";
    }

    @Override
    public List<Measure> measures() {
        return MEASURES;
    }

    @Override
    public Map<String, Double> figures(String tenant, LocalDate from, LocalDate to) {
        ZoneId zone = store.zone(tenant);
        LocalDate today = store.today(tenant);
        LocalDate asOf = to.isAfter(today) ? today : to;
        return store.in(tenant, em -> {
            Object[] billed = em.createQuery("select sum(b.volume), sum(b.amountFen) from BillEntity b where b.status <> 'REVERSED'"
                    + " and b.issuedAt >= :s and b.issuedAt < :e", Object[].class)
                    .setParameter("s", from.atStartOfDay(zone).toOffsetDateTime())
                    .setParameter("e", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime()).getSingleResult();
            Map<LocalDate, Long> owedByDueDay = new HashMap<>();
            em.createQuery("select b.dueOn, sum(b.amountFen - b.paidFen) from BillEntity b where b.status = 'OPEN' and b.dueOn < :d"
                    + " group by b.dueOn", Object[].class).setParameter("d", asOf).getResultList()
                    .forEach(r -> owedByDueDay.put((LocalDate) r[0], ((Number) r[1]).longValue()));
            Map<String, Double> f = new HashMap<>();
            f.put("billedVolumeM3", billed[0] == null ? 0.0 : ((Number) billed[0]).doubleValue());
            f.put("billedRevenueFen", billed[1] == null ? 0.0 : ((Number) billed[1]).doubleValue());
            ArrearsAge.owed(owedByDueDay, asOf).forEach((age, fen) -> f.put(ARREARS.get(age), (double) fen));
            return f;
        });
    }
}
