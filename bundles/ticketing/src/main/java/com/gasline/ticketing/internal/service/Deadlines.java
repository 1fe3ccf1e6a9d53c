package com.gasline.ticketing.internal.service;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.ticketing.api.rest.SlaRule;
import com.gasline.ticketing.internal.rules.SlaClocks;
import com.gasline.ticketing.internal.store.ClockEntity;
import com.gasline.ticketing.internal.store.TicketEntity;

/** A ticket's deadlines, one clock each: started from the branch's SLA policy and calendar, met by the steps that answer them. */
@Component(service = Deadlines.class)
public class Deadlines {

    private final Policies policies;

    @Activate
    public Deadlines(@Reference Policies policies) {
        this.policies = policies;
    }

    void start(EntityManager em, TicketEntity t, OffsetDateTime start, ZoneId zone, boolean callback, int round) {
        List<SlaRule> rules = policies.policy(em).rules();
        Map<String, SlaRule> applicable = SlaClocks.applicable(rules, t.type, t.grade != null ? t.grade : t.service, callback);
        if (round > 0 && !callback) {
            // a reopened ticket gets a new resolution deadline; the first answers and escalations stay as they were
            applicable.keySet().retainAll(Set.of(SlaClocks.RESOLUTION));
        }
        var calendar = policies.calendar(em);
        for (SlaRule rule : applicable.values()) {
            ClockEntity c = new ClockEntity();
            c.id = UUID.randomUUID().toString();
            c.ticketNo = t.ticketNo;
            c.clock = rule.clock();
            c.round = round;
            ZonedDateTime due = SlaClocks.due(rule, start.atZoneSameInstant(zone), zone, calendar);
            c.dueAt = due.toOffsetDateTime();
            em.persist(c);
        }
    }

    void meet(EntityManager em, TicketEntity t, OffsetDateTime now, String... clocks) {
        for (ClockEntity c : em.createQuery("select c from ClockEntity c where c.ticketNo = :t and c.metAt is null and c.clock in :k", ClockEntity.class)
                .setParameter("t", t.ticketNo).setParameter("k", List.of(clocks)).getResultList()) {
            c.metAt = now;
        }
    }
}
