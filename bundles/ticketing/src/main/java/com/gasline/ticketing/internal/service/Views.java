package com.gasline.ticketing.internal.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import com.gasline.ticketing.api.rest.Clock;
import com.gasline.ticketing.api.rest.Ticket;
import com.gasline.ticketing.api.rest.TicketEvent;
import com.gasline.ticketing.internal.store.ClockEntity;
import com.gasline.ticketing.internal.store.EventEntity;
import com.gasline.ticketing.internal.store.TicketEntity;
import com.gasline.ticketing.internal.store.TicketStore;

/** Entities to API records. */
final class Views {

    private Views() {
    }

    /** {@code now} decides which open clocks are overdue. */
    static Ticket ticket(EntityManager em, TicketEntity t, OffsetDateTime now) {
        return tickets(em, List.of(t), now).get(0);
    }

    /** A page of tickets with their clocks read in one query, not one per ticket. */
    static List<Ticket> tickets(EntityManager em, List<TicketEntity> page, OffsetDateTime now) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<String, List<Clock>> clocks = em.createQuery("select c from ClockEntity c where c.ticketNo in :t order by c.round, c.dueAt", ClockEntity.class)
                .setParameter("t", page.stream().map(t -> t.ticketNo).toList()).getResultList().stream()
                .collect(Collectors.groupingBy(c -> c.ticketNo, Collectors.mapping(c -> clock(c, now), Collectors.toList())));
        return page.stream().map(t -> ticket(t, clocks.getOrDefault(t.ticketNo, List.of()))).toList();
    }

    private static Ticket ticket(TicketEntity t, List<Clock> clocks) {
        return new Ticket(t.ticketNo, t.type, t.grade, t.service, t.channel, t.status, t.priority, t.callerName, t.callerPhone, t.accountNo,
                t.address, t.description, t.agent, t.department, t.assignee, t.satisfaction, t.callbackComment, t.reopened, t.receivedAt,
                t.resolvedAt, t.closedAt, clocks, t.version);
    }

    /** A ticket once its transaction committed, so it shows the version written; its clocks read in a transaction of their own. */
    static Ticket committed(TicketStore store, String tenant, TicketEntity t) {
        return store.in(tenant, em -> ticket(em, t, store.now(tenant)));
    }

    static Clock clock(ClockEntity c, OffsetDateTime now) {
        boolean overdue = c.metAt == null ? c.dueAt.isBefore(now) : c.metAt.isAfter(c.dueAt);
        return new Clock(c.clock, c.dueAt, c.metAt, c.escalatedAt, overdue);
    }

    static TicketEvent event(EventEntity e) {
        return new TicketEvent(e.seq, e.at, e.actor, e.action, e.fromStatus, e.toStatus, e.note);
    }
}
