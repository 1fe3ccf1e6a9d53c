package com.gasline.ticketing.internal.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Roles;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;
import com.gasline.platform.api.tenant.TenantRegistry;
import com.gasline.ticketing.api.rest.Callback;
import com.gasline.ticketing.api.rest.Dispatch;
import com.gasline.ticketing.api.rest.Step;
import com.gasline.ticketing.api.rest.Ticket;
import com.gasline.ticketing.internal.rules.SlaClocks;
import com.gasline.ticketing.internal.rules.TicketFlow;
import com.gasline.ticketing.internal.store.TicketEntity;
import com.gasline.ticketing.internal.store.TicketStore;

/** Moving a ticket through its steps (派单 to 办结): who may take which step, each step an event that meets its clocks. */
@Component(service = TicketSteps.class)
public class TicketSteps {

    private final TicketStore store;
    private final Deadlines deadlines;
    private final TenantRegistry tenants;

    @Activate
    public TicketSteps(@Reference TicketStore store, @Reference Deadlines deadlines, @Reference TenantRegistry tenants) {
        this.store = store;
        this.deadlines = deadlines;
        this.tenants = tenants;
    }

    public Ticket dispatch(String tenant, Caller caller, String ticketNo, Dispatch d) {
        Validation.requireBody(d);
        new Validation().check(d.department() != null || d.technician() != null, "technician", "请指定处理部门或维修人员",
                "name a department or a technician").maxLength("department", d.department(), 100).maxLength("technician", d.technician(), 64)
                .throwIfInvalid();
        if (d.technician() != null && !tenants.hasUser(tenant, d.technician())) {
            throw Problems.ruleViolated(Text.of("本分公司没有这个维修人员", "No such technician in this branch"),
                    List.of(new FieldError("technician", Text.of("不是本分公司的用户", "not a user of this branch"))));
        }
        return step(tenant, caller, ticketNo, TicketFlow.DISPATCH, d.version(), d.note(), t -> {
            // a ticket already dispatched is reassigned: the supervisor's call
            if (!"RECEIVED".equals(t.status) && !caller.hasAnyRole(Set.of(Roles.SUPERVISOR, Roles.SHIFT_LEAD))) {
                throw Problems.forbidden(Text.of("改派须由客服主管或值长办理", "Only a supervisor or shift lead may reassign"));
            }
            t.department = d.department();
            t.assignee = d.technician();
        });
    }

    public Ticket start(String tenant, Caller caller, String ticketNo, Step s) {
        return step(tenant, caller, ticketNo, TicketFlow.START, version(s), note(s), t -> { });
    }

    public Ticket reply(String tenant, Caller caller, String ticketNo, Step s) {
        new Validation().check(s != null && s.note() != null && !s.note().isBlank(), "note", "请填写答复内容", "the reply is required").throwIfInvalid();
        return step(tenant, caller, ticketNo, TicketFlow.REPLY, version(s), note(s), t -> { });
    }

    public Ticket resolve(String tenant, Caller caller, String ticketNo, Step s) {
        return step(tenant, caller, ticketNo, TicketFlow.RESOLVE, version(s), note(s), t -> { });
    }

    /** 回访: reached, it records the satisfaction and meets the clock; not reached, an attempt is kept and the clock runs on. */
    public Ticket callback(String tenant, Caller caller, String ticketNo, Callback c) {
        Validation.requireBody(c);
        boolean reached = !Boolean.FALSE.equals(c.reached());
        new Validation().check(!reached || (c.satisfaction() != null && c.satisfaction() >= 1 && c.satisfaction() <= 5), "satisfaction",
                "满意度须为 1 到 5", "must be 1 to 5").maxLength("comment", c.comment(), 1000).throwIfInvalid();
        if (!reached) {
            return store.in(tenant, em -> {
                TicketEntity t = Tickets.visible(em, caller, ticketNo);
                OffsetDateTime now = store.now(tenant);
                Desk.record(em, t, caller.username(), now, "CALLBACK_ATTEMPT", t.status, t.status, c.comment());
                t.callbackReached = false;
                return Views.ticket(em, t, now);
            });
        }
        return step(tenant, caller, ticketNo, TicketFlow.CALLBACK, c.version(), c.comment(), t -> {
            t.satisfaction = c.satisfaction();
            t.callbackComment = c.comment();
            t.callbackReached = true;
        });
    }

    public Ticket reopen(String tenant, Caller caller, String ticketNo, Step s) {
        new Validation().check(s != null && s.note() != null && !s.note().isBlank(), "note", "请说明重新处理的原因", "say why it is reopened")
                .throwIfInvalid();
        return step(tenant, caller, ticketNo, TicketFlow.REOPEN, version(s), note(s), t -> { });
    }

    public Ticket close(String tenant, Caller caller, String ticketNo, Step s) {
        return step(tenant, caller, ticketNo, TicketFlow.CLOSE, version(s), note(s), t -> { });
    }

    /**
     * One step of the flow: checks the status and the version the user saw, then {@code change} (which may
     * refuse the caller); records the event and which clocks it meets.
     */
    private Ticket step(String tenant, Caller caller, String ticketNo, TicketFlow step, Long version, String note, Consumer<TicketEntity> change) {
        new Validation().maxLength("note", note, 2000).throwIfInvalid();
        OffsetDateTime now = store.now(tenant);
        TicketEntity stepped = store.in(tenant, em -> {
            TicketEntity t = Tickets.visible(em, caller, ticketNo);
            if (version != null && version != t.version) {
                throw Problems.conflict(Text.of("工单已被他人处理，请刷新后重试", "The ticket was changed by someone else; reload and retry"));
            }
            String from = t.status;
            String to = step.apply(from, t.type);
            change.accept(t);
            t.status = to;
            Desk.record(em, t, caller.username(), now, step.name(), from, to, note);
            switch (step) {
                case START -> deadlines.meet(em, t, now, SlaClocks.ARRIVAL);
                case REPLY -> deadlines.meet(em, t, now, SlaClocks.REPLY);
                case DISPATCH -> {
                    if (t.department != null) {
                        deadlines.meet(em, t, now, SlaClocks.ESCALATION);
                    }
                }
                case RESOLVE -> {
                    t.resolvedAt = now;
                    t.resolvedBy = caller.username();
                    deadlines.meet(em, t, now, SlaClocks.ARRIVAL, SlaClocks.REPLY, SlaClocks.ESCALATION, SlaClocks.RESOLUTION);
                    deadlines.start(em, t, now, store.zone(tenant), true, t.reopened);
                }
                case CALLBACK -> {
                    t.calledBackAt = now;
                    deadlines.meet(em, t, now, SlaClocks.CALLBACK);
                }
                case REOPEN -> {
                    t.reopened++;
                    t.resolvedAt = null;
                    deadlines.start(em, t, now, store.zone(tenant), false, t.reopened);
                }
                case CLOSE -> t.closedAt = now;
                default -> {
                }
            }
            return t;
        });
        return Views.committed(store, tenant, stepped);
    }

    private static Long version(Step s) {
        return s == null ? null : s.version();
    }

    private static String note(Step s) {
        return s == null ? null : s.note();
    }
}
