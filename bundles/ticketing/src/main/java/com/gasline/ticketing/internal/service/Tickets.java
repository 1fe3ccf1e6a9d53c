package com.gasline.ticketing.internal.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.Roles;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;
import com.gasline.ticketing.api.rest.Ticket;
import com.gasline.ticketing.api.rest.TicketEvent;
import com.gasline.ticketing.internal.store.EventEntity;
import com.gasline.ticketing.internal.store.TicketEntity;
import com.gasline.ticketing.internal.store.TicketStore;

/** Tickets as a caller may see them: technicians only what was dispatched to them. */
@Component(service = Tickets.class)
public class Tickets {

    private final TicketStore store;

    @Activate
    public Tickets(@Reference TicketStore store) {
        this.store = store;
    }

    /** {@code overdue}: a clock ran out unmet; {@code dueWithinHours}: an open clock runs out that soon. */
    public Page<Ticket> page(String tenant, Caller caller, String status, String type, Boolean overdue, Integer dueWithinHours, PageRequest p) {
        new Validation().check(dueWithinHours == null || (dueWithinHours >= 1 && dueWithinHours <= 720), "dueWithinHours", "须在 1 到 720 之间",
                "must be 1 to 720").throwIfInvalid();
        OffsetDateTime now = store.now(tenant);
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (status != null) {
            where.append(" and t.status = :status");
        }
        if (type != null) {
            where.append(" and t.type = :type");
        }
        if (onlyTechnician(caller)) {
            where.append(" and t.assignee = :me");
        }
        if (Boolean.TRUE.equals(overdue)) {
            where.append(" and t.status <> 'CLOSED' and exists (select c from ClockEntity c where c.ticketNo = t.ticketNo and c.metAt is null and c.dueAt < :now)");
        }
        if (dueWithinHours != null) {
            where.append(" and t.status <> 'CLOSED' and exists (select c2 from ClockEntity c2 where c2.ticketNo = t.ticketNo and c2.metAt is null"
                    + " and c2.dueAt >= :now and c2.dueAt < :soon)");
        }
        return store.in(tenant, em -> {
            TypedQuery<Long> count = em.createQuery("select count(t) from TicketEntity t" + where, Long.class);
            TypedQuery<TicketEntity> items = em.createQuery("select t from TicketEntity t" + where + " order by t.receivedAt desc", TicketEntity.class);
            for (TypedQuery<?> q : List.of(count, items)) {
                if (status != null) {
                    q.setParameter("status", status);
                }
                if (type != null) {
                    q.setParameter("type", type);
                }
                if (onlyTechnician(caller)) {
                    q.setParameter("me", caller.username());
                }
                if (Boolean.TRUE.equals(overdue) || dueWithinHours != null) {
                    q.setParameter("now", now);
                }
                if (dueWithinHours != null) {
                    q.setParameter("soon", now.plusHours(dueWithinHours));
                }
            }
            List<Ticket> found = Views.tickets(em, items.setFirstResult(p.offset()).setMaxResults(p.size()).getResultList(), now);
            return new Page<>(found, p.page(), p.size(), count.getSingleResult());
        });
    }

    public Ticket ticket(String tenant, Caller caller, String ticketNo) {
        return store.in(tenant, em -> Views.ticket(em, visible(em, caller, ticketNo), store.now(tenant)));
    }

    public Page<TicketEvent> events(String tenant, Caller caller, String ticketNo, PageRequest page) {
        return store.in(tenant, em -> {
            visible(em, caller, ticketNo);
            return page.read(em.createQuery("select count(e) from EventEntity e where e.ticketNo = :t", Long.class).setParameter("t", ticketNo),
                    em.createQuery("select e from EventEntity e where e.ticketNo = :t order by e.seq", EventEntity.class).setParameter("t", ticketNo),
                    Views::event);
        });
    }

    /** Technicians see only what was dispatched to them; a ticket of another branch does not exist. */
    static TicketEntity visible(EntityManager em, Caller caller, String ticketNo) {
        TicketEntity t = ticketNo == null ? null : em.find(TicketEntity.class, ticketNo);
        if (t == null || (onlyTechnician(caller) && !caller.username().equals(t.assignee))) {
            throw Problems.notFound(Text.of("没有这张工单", "No such ticket"));
        }
        return t;
    }

    private static boolean onlyTechnician(Caller caller) {
        return caller.hasRole(Roles.TECHNICIAN) && !caller.hasAnyRole(Set.of(Roles.SUPERVISOR, Roles.AGENT, Roles.SHIFT_LEAD,
                Roles.DISPATCHER, Roles.BRANCH_ADMIN));
    }
}
