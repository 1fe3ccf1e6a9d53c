package com.gasline.appointments.internal.service;

import java.util.List;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.appointments.api.rest.Window;
import com.gasline.appointments.api.rest.Windows;
import com.gasline.appointments.internal.rules.WindowRules;
import com.gasline.appointments.internal.store.AppointmentStore;
import com.gasline.appointments.internal.store.SettingEntity;
import com.gasline.appointments.internal.store.WindowEntity;
import com.gasline.platform.api.problem.Validation;

/** The branch's visit windows. Until it sets its own: morning, afternoon and evening, two technicians each, two weeks ahead. */
@Component(service = VisitWindows.class)
public class VisitWindows {

    static final Windows DEFAULTS = new Windows(List.of(new Window("AM", "09:00", "12:00", 2), new Window("PM", "14:00", "17:00", 2),
            new Window("EVE", "18:00", "20:00", 1)), 14);
    private static final String DAYS_AHEAD = "bookingDaysAhead";

    private final AppointmentStore store;

    @Activate
    public VisitWindows(@Reference AppointmentStore store) {
        this.store = store;
    }

    public Windows windows(String tenant) {
        return store.in(tenant, VisitWindows::read);
    }

    static Windows read(EntityManager em) {
        List<WindowEntity> rows = em.createQuery("select w from WindowEntity w where w.active = true order by w.starts", WindowEntity.class)
                .getResultList();
        if (rows.isEmpty()) {
            return DEFAULTS;
        }
        SettingEntity ahead = em.find(SettingEntity.class, DAYS_AHEAD);
        return new Windows(rows.stream().map(w -> new Window(w.code, w.starts, w.ends, w.capacity)).toList(),
                ahead == null ? DEFAULTS.bookingDaysAhead() : ahead.value);
    }

    /** Windows are settings: replaced where they are; one left out stays, inactive, for the bookings that name it. */
    public Windows change(String tenant, Windows w) {
        Validation.requireBody(w);
        WindowRules.check(w).throwIfInvalid();
        return store.in(tenant, em -> {
            em.createQuery("select w from WindowEntity w", WindowEntity.class).getResultList().forEach(x -> x.active = false);
            for (Window x : w.windows()) {
                WindowEntity e = em.find(WindowEntity.class, x.code());
                if (e == null) {
                    e = new WindowEntity();
                    e.code = x.code();
                    em.persist(e);
                }
                e.starts = x.starts();
                e.ends = x.ends();
                e.capacity = x.capacity();
                e.active = true;
            }
            SettingEntity ahead = em.find(SettingEntity.class, DAYS_AHEAD);
            if (ahead == null) {
                ahead = new SettingEntity();
                ahead.name = DAYS_AHEAD;
                em.persist(ahead);
            }
            ahead.value = w.bookingDaysAhead();
            em.flush();
            return read(em);
        });
    }
}
