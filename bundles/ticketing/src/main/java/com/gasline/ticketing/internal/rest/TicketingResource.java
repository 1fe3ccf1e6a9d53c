package com.gasline.ticketing.internal.rest;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javax.persistence.TypedQuery;
import javax.ws.rs.core.Response;

import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.Roles;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;
import com.gasline.ticketing.api.rest.Callback;
import com.gasline.ticketing.api.rest.CalendarDay;
import com.gasline.ticketing.api.rest.Dispatch;
import com.gasline.ticketing.api.rest.Kpis;
import com.gasline.ticketing.api.rest.NewOutageNotice;
import com.gasline.ticketing.api.rest.NewTicket;
import com.gasline.ticketing.api.rest.OutageNotice;
import com.gasline.ticketing.api.rest.SlaPolicy;
import com.gasline.ticketing.api.rest.Step;
import com.gasline.ticketing.api.rest.Ticket;
import com.gasline.ticketing.api.rest.TicketEvent;
import com.gasline.ticketing.api.rest.TicketingApi;
import com.gasline.ticketing.internal.service.Desk;
import com.gasline.ticketing.internal.service.Escalations;
import com.gasline.ticketing.internal.service.Outages;
import com.gasline.ticketing.internal.service.Policies;
import com.gasline.ticketing.internal.service.Reports;
import com.gasline.ticketing.internal.service.Views;
import com.gasline.ticketing.internal.rules.TicketFlow;
import com.gasline.ticketing.internal.store.EventEntity;
import com.gasline.ticketing.internal.store.TicketEntity;
import com.gasline.ticketing.internal.store.TicketStore;

/** The HTTP face of ticketing: who may take which step, and the views. */
public class TicketingResource implements TicketingApi {

    private final TicketStore store;
    private final Desk desk;
    private final Policies policies;
    private final Escalations escalations;
    private final Outages outages;
    private final Reports reports;
    private final RequestContext requests;

    public TicketingResource(TicketStore store, Desk desk, Policies policies, Escalations escalations, Outages outages, Reports reports,
            RequestContext requests) {
        this.store = store;
        this.desk = desk;
        this.policies = policies;
        this.escalations = escalations;
        this.outages = outages;
        this.reports = reports;
        this.requests = requests;
    }

    @Override
    public Response create(NewTicket ticket) {
        TicketEntity t = desk.create(requests.tenant(), requests.requireCaller(), ticket);
        return Response.created(URI.create("tickets/" + t.ticketNo)).entity(view(t)).build();
    }

    @Override
    public Page<Ticket> tickets(String status, String type, Boolean overdue, Integer dueWithinHours, Integer page, Integer size) {
        PageRequest p = PageRequest.of(page, size);
        new Validation().check(dueWithinHours == null || (dueWithinHours >= 1 && dueWithinHours <= 720), "dueWithinHours", "须在 1 到 720 之间",
                "must be 1 to 720").throwIfInvalid();
        Caller caller = requests.requireCaller();
        OffsetDateTime now = store.now(requests.tenant());
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (status != null) {
            where.append(" and t.status = :status");
        }
        if (type != null) {
            where.append(" and t.type = :type");
        }
        if (Desk.onlyTechnician(caller)) {
            where.append(" and t.assignee = :me");
        }
        if (Boolean.TRUE.equals(overdue)) {
            where.append(" and t.status <> 'CLOSED' and exists (select c from ClockEntity c where c.ticketNo = t.ticketNo and c.metAt is null and c.dueAt < :now)");
        }
        if (dueWithinHours != null) {
            where.append(" and t.status <> 'CLOSED' and exists (select c2 from ClockEntity c2 where c2.ticketNo = t.ticketNo and c2.metAt is null"
                    + " and c2.dueAt >= :now and c2.dueAt < :soon)");
        }
        return store.in(requests.tenant(), em -> {
            TypedQuery<Long> count = em.createQuery("select count(t) from TicketEntity t" + where, Long.class);
            TypedQuery<TicketEntity> items = em.createQuery("select t from TicketEntity t" + where + " order by t.receivedAt desc", TicketEntity.class);
            for (TypedQuery<?> q : List.of(count, items)) {
                if (status != null) {
                    q.setParameter("status", status);
                }
                if (type != null) {
                    q.setParameter("type", type);
                }
                if (Desk.onlyTechnician(caller)) {
                    q.setParameter("me", caller.username());
                }
                if (Boolean.TRUE.equals(overdue) || dueWithinHours != null) {
                    q.setParameter("now", now);
                }
                if (dueWithinHours != null) {
                    q.setParameter("soon", now.plusHours(dueWithinHours));
                }
            }
            List<Ticket> found = items.setFirstResult(p.offset()).setMaxResults(p.size()).getResultList().stream().map(t -> Views.ticket(em, t, now)).toList();
            return new Page<>(found, p.page(), p.size(), count.getSingleResult());
        });
    }

    @Override
    public Ticket ticket(String ticketNo) {
        Caller caller = requests.requireCaller();
        String tenant = requests.tenant();
        return store.in(tenant, em -> Views.ticket(em, Desk.visible(em, caller, ticketNo), store.now(tenant)));
    }

    @Override
    public List<TicketEvent> events(String ticketNo) {
        Caller caller = requests.requireCaller();
        return store.in(requests.tenant(), em -> {
            Desk.visible(em, caller, ticketNo);
            return em.createQuery("select e from EventEntity e where e.ticketNo = :t order by e.seq", EventEntity.class).setParameter("t", ticketNo)
                    .getResultList().stream().map(Views::event).toList();
        });
    }

    @Override
    public Ticket dispatch(String ticketNo, Dispatch d) {
        Validation.requireBody(d);
        new Validation().check(d.department() != null || d.technician() != null, "technician", "请指定处理部门或维修人员",
                "name a department or a technician").maxLength("department", d.department(), 100).maxLength("technician", d.technician(), 64)
                .throwIfInvalid();
        Caller caller = requests.requireCaller();
        return step(ticketNo, TicketFlow.DISPATCH, d.version(), d.note(), t -> {
            // a ticket already dispatched is reassigned: the supervisor's call
            if (!"RECEIVED".equals(t.status) && !caller.hasAnyRole(Set.of(Roles.SUPERVISOR, Roles.SHIFT_LEAD))) {
                throw Problems.forbidden(Text.of("改派须由客服主管或值长办理", "Only a supervisor or shift lead may reassign"));
            }
            t.department = d.department();
            t.assignee = d.technician();
        });
    }

    @Override
    public Ticket start(String ticketNo, Step s) {
        return step(ticketNo, TicketFlow.START, version(s), note(s), t -> { });
    }

    @Override
    public Ticket reply(String ticketNo, Step s) {
        new Validation().check(s != null && s.note() != null && !s.note().isBlank(), "note", "请填写答复内容", "the reply is required").throwIfInvalid();
        return step(ticketNo, TicketFlow.REPLY, version(s), note(s), t -> { });
    }

    @Override
    public Ticket resolve(String ticketNo, Step s) {
        return step(ticketNo, TicketFlow.RESOLVE, version(s), note(s), t -> { });
    }

    @Override
    public Ticket callback(String ticketNo, Callback c) {
        Validation.requireBody(c);
        boolean reached = !Boolean.FALSE.equals(c.reached());
        new Validation().check(!reached || (c.satisfaction() != null && c.satisfaction() >= 1 && c.satisfaction() <= 5), "satisfaction",
                "满意度须为 1 到 5", "must be 1 to 5").maxLength("comment", c.comment(), 1000).throwIfInvalid();
        if (!reached) {
            // not reached: recorded as an attempt, the callback clock keeps running
            String tenant = requests.tenant();
            Caller caller = requests.requireCaller();
            return store.in(tenant, em -> {
                TicketEntity t = Desk.visible(em, caller, ticketNo);
                OffsetDateTime now = store.now(tenant);
                Desk.record(em, t, caller.username(), now, "CALLBACK_ATTEMPT", t.status, t.status, c.comment());
                t.callbackReached = false;
                return Views.ticket(em, t, now);
            });
        }
        return step(ticketNo, TicketFlow.CALLBACK, c.version(), c.comment(), t -> {
            t.satisfaction = c.satisfaction();
            t.callbackComment = c.comment();
            t.callbackReached = true;
        });
    }

    @Override
    public Ticket reopen(String ticketNo, Step s) {
        new Validation().check(s != null && s.note() != null && !s.note().isBlank(), "note", "请说明重新处理的原因", "say why it is reopened")
                .throwIfInvalid();
        return step(ticketNo, TicketFlow.REOPEN, version(s), note(s), t -> { });
    }

    @Override
    public Ticket close(String ticketNo, Step s) {
        return step(ticketNo, TicketFlow.CLOSE, version(s), note(s), t -> { });
    }

    @Override
    public List<TicketEvent> escalateNow() {
        return escalations.escalate(requests.tenant());
    }

    @Override
    public SlaPolicy slaPolicy() {
        return policies.policy(requests.tenant());
    }

    @Override
    public SlaPolicy changeSlaPolicy(SlaPolicy policy) {
        return policies.change(requests.tenant(), policy);
    }

    @Override
    public List<CalendarDay> calendar(Integer year) {
        return policies.days(requests.tenant(), year);
    }

    @Override
    public CalendarDay setDay(String date, CalendarDay day) {
        return policies.set(requests.tenant(), date, day);
    }

    @Override
    public Response clearDay(String date) {
        policies.clear(requests.tenant(), date);
        return Response.noContent().build();
    }

    @Override
    public List<CalendarDay> importCalendar(String csv) {
        return policies.importDays(requests.tenant(), csv);
    }

    @Override
    public Response publishOutage(NewOutageNotice notice) {
        OutageNotice published = outages.publish(requests.tenant(), requests.requireCaller().username(), notice);
        return Response.created(URI.create("outage-notices/" + published.id())).entity(published).build();
    }

    @Override
    public List<OutageNotice> outageNotices() {
        return outages.list(requests.tenant());
    }

    @Override
    public Kpis kpis(String from, String to) {
        LocalDate[] period = Reports.period(from, to);
        return reports.kpis(requests.tenant(), period[0], period[1]);
    }

    @Override
    public String register(String name, String from, String to) {
        LocalDate[] period = Reports.period(from, to);
        return reports.register(requests.tenant(), name, period[0], period[1]);
    }

    private Ticket step(String ticketNo, TicketFlow step, Long version, String note, Consumer<TicketEntity> change) {
        Caller caller = requests.requireCaller();
        String tenant = requests.tenant();
        TicketEntity t = desk.step(tenant, caller, ticketNo, step, version, note, change);
        return store.in(tenant, em -> Views.ticket(em, t, store.now(tenant)));
    }

    private Ticket view(TicketEntity t) {
        String tenant = requests.tenant();
        return store.in(tenant, em -> Views.ticket(em, t, store.now(tenant)));
    }


    private static Long version(Step s) {
        return s == null ? null : s.version();
    }

    private static String note(Step s) {
        return s == null ? null : s.note();
    }
}
