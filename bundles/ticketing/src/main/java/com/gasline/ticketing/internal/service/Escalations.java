package com.gasline.ticketing.internal.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.Roles;
import com.gasline.ticketing.api.rest.TicketEvent;
import com.gasline.ticketing.internal.rules.SlaClocks;
import com.gasline.ticketing.internal.store.ClockEntity;
import com.gasline.ticketing.internal.store.EventEntity;
import com.gasline.ticketing.internal.store.TicketEntity;
import com.gasline.ticketing.internal.store.TicketStore;

/**
 * A clock that ran out unmet is escalated once, to the role that answers for it, and the escalation is kept
 * as an event of the ticket. {@link EscalationSweep} asks for it every minute for every branch using ticketing.
 */
@Component(service = Escalations.class)
public class Escalations {

    /** Who answers for a clock that ran out: crews are the shift lead's, answers and results the supervisor's. */
    static final Map<String, String> ESCALATE_TO = Map.of(SlaClocks.ARRIVAL, Roles.SHIFT_LEAD, SlaClocks.ESCALATION, Roles.SUPERVISOR,
            SlaClocks.REPLY, Roles.SUPERVISOR, SlaClocks.RESOLUTION, Roles.SUPERVISOR, SlaClocks.CALLBACK, Roles.SUPERVISOR);

    private final TicketStore store;

    @Activate
    public Escalations(@Reference TicketStore store) {
        this.store = store;
    }

    /** Escalates what is overdue now in {@code tenant}; returns the escalation events. */
    public List<TicketEvent> escalate(String tenant) {
        OffsetDateTime now = store.now(tenant);
        return store.in(tenant, em -> {
            List<TicketEvent> events = new ArrayList<>();
            for (ClockEntity c : em.createQuery("select c from ClockEntity c where c.metAt is null and c.escalatedAt is null and c.dueAt < :now"
                    + " order by c.dueAt", ClockEntity.class).setParameter("now", now).getResultList()) {
                TicketEntity t = em.find(TicketEntity.class, c.ticketNo);
                if (t == null || "CLOSED".equals(t.status)) {
                    continue;
                }
                c.escalatedAt = now;
                c.escalatedTo = ESCALATE_TO.get(c.clock);
                Desk.record(em, t, "system", now, "ESCALATE", t.status, t.status,
                        c.clock + " 时限 " + c.dueAt.atZoneSameInstant(store.zone(tenant)).toLocalDateTime() + " 已过，升级至 " + c.escalatedTo);
                EventEntity last = em.createQuery("select e from EventEntity e where e.ticketNo = :t and e.seq = :s", EventEntity.class)
                        .setParameter("t", t.ticketNo).setParameter("s", t.eventCount).getSingleResult();
                events.add(Views.event(last));
            }
            return events;
        });
    }
}
