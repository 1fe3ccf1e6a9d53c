package com.gasline.appointments.internal.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.appointments.api.AppointmentStats;
import com.gasline.appointments.api.rest.Availability;
import com.gasline.appointments.api.rest.Punctuality;
import com.gasline.appointments.api.rest.Window;
import com.gasline.appointments.api.rest.WindowLoad;
import com.gasline.appointments.api.rest.Windows;
import com.gasline.appointments.internal.rules.WindowRules;
import com.gasline.appointments.internal.store.AppointmentStore;
import com.gasline.platform.api.problem.Validation;

/** How full the windows are, and how punctual the arrivals were; the latter also for ticketing's KPIs. */
@Component(service = { Loads.class, AppointmentStats.class })
public class Loads implements AppointmentStats {

    private final AppointmentStore store;

    @Activate
    public Loads(@Reference AppointmentStore store) {
        this.store = store;
    }

    public Availability availability(String tenant, String fromText, String toText) {
        LocalDate today = store.today(tenant);
        LocalDate from = fromText == null ? today : Validation.date(fromText, "from");
        LocalDate to = toText == null ? from.plusDays(6) : Validation.date(toText, "to");
        new Validation().check(!to.isBefore(from), "to", "不能早于开始日期", "must not be before from")
                .check(!to.isAfter(from.plusDays(62)), "to", "最多查询 62 天", "at most 62 days").throwIfInvalid();
        OffsetDateTime now = store.now(tenant);
        ZoneId zone = store.zone(tenant);
        return store.in(tenant, em -> {
            Windows windows = VisitWindows.read(em);
            Map<String, Integer> booked = new HashMap<>();
            em.createQuery("select a.day, a.window, count(a) from AppointmentEntity a where a.day between :f and :t and a.status <> 'CANCELLED'"
                    + " group by a.day, a.window", Object[].class).setParameter("f", from).setParameter("t", to).getResultList()
                    .forEach(r -> booked.put(r[0] + "/" + r[1], ((Number) r[2]).intValue()));
            List<WindowLoad> loads = new ArrayList<>();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                for (Window w : windows.windows()) {
                    OffsetDateTime ends = d.atTime(LocalTime.parse(w.ends())).atZone(zone).toOffsetDateTime();
                    if (!ends.isAfter(now)) {
                        continue;
                    }
                    int taken = booked.getOrDefault(d + "/" + w.code(), 0);
                    loads.add(new WindowLoad(d, w.code(), d.atTime(LocalTime.parse(w.starts())).atZone(zone).toOffsetDateTime(), ends,
                            w.capacity(), taken, Math.max(0, w.capacity() - taken)));
                }
            }
            return new Availability(from, to, loads);
        });
    }

    public Punctuality punctuality(String tenant, String fromText, String toText) {
        LocalDate today = store.today(tenant);
        LocalDate from = fromText == null ? today.withDayOfMonth(1) : Validation.date(fromText, "from");
        LocalDate to = toText == null ? today : Validation.date(toText, "to");
        new Validation().check(!to.isBefore(from), "to", "不能早于开始日期", "must not be before from").throwIfInvalid();
        AppointmentStats.Arrivals p = arrivals(tenant, from, to);
        return new Punctuality(from, to, p.booked(), p.arrived(), p.onTime(), WindowRules.rate(p.onTime(), p.arrived()));
    }

    @Override
    public AppointmentStats.Arrivals arrivals(String tenant, LocalDate from, LocalDate to) {
        return store.in(tenant, em -> {
            long booked = em.createQuery("select count(a) from AppointmentEntity a where a.day between :f and :t and a.status <> 'CANCELLED'",
                    Long.class).setParameter("f", from).setParameter("t", to).getSingleResult();
            // the flags are counted here: EclipseLink compares a boolean column with an integer on H2
            List<Boolean> arrived = em.createQuery("select a.onTime from AppointmentEntity a where a.day between :f and :t"
                    + " and a.status = 'ARRIVED'", Boolean.class).setParameter("f", from).setParameter("t", to).getResultList();
            return new AppointmentStats.Arrivals(booked, arrived.size(), arrived.stream().filter(Boolean.TRUE::equals).count());
        });
    }
}
