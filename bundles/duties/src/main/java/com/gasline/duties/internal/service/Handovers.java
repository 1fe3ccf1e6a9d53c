package com.gasline.duties.internal.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.cylinders.api.CylinderStock;
import com.gasline.duties.api.rest.Handover;
import com.gasline.duties.api.rest.NewHandover;
import com.gasline.duties.internal.store.AnnotationEntity;
import com.gasline.duties.internal.store.DutyStore;
import com.gasline.duties.internal.store.HandoverEntity;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Roles;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;
import com.gasline.ticketing.api.TicketQueries;

/**
 * 交接班: recorded by the outgoing person with the open tickets and the point's stock taken from those
 * modules when the branch has them; answered once by the incoming person (or a shift lead), annotated after.
 */
@Component(service = Handovers.class)
public class Handovers {

    private final DutyStore store;
    private final LinkedModules linked;

    @Activate
    public Handovers(@Reference DutyStore store, @Reference LinkedModules linked) {
        this.store = store;
        this.linked = linked;
    }

    public Handover handOver(String tenant, Caller caller, NewHandover h) {
        Validation.requireBody(h);
        new Validation().required("shift", h.shift()).required("incoming", h.incoming())
                .check(h.incoming() == null || !h.incoming().equals(caller.username()), "incoming", "接班人不能是交班人本人", "must be someone else")
                .check(h.cashFen() == null || h.cashFen() >= 0, "cashFen", "不能为负数", "must not be negative")
                .check(h.vouchers() == null || h.vouchers() >= 0, "vouchers", "不能为负数", "must not be negative")
                .maxLength("shift", h.shift(), 120).maxLength("incoming", h.incoming(), 64).maxLength("point", h.point(), 32)
                .maxLength("tools", h.tools(), 1000).maxLength("incidents", h.incidents(), 4000).maxLength("notes", h.notes(), 4000)
                .throwIfInvalid();
        List<FieldError> unknown = new ArrayList<>();
        if (!linked.isUser(tenant, h.incoming())) {
            unknown.add(new FieldError("incoming", Text.of("不是本分公司的用户", "not a user of this branch")));
        }
        CylinderStock cylinders = h.point() == null ? null : linked.cylinders(tenant);
        if (cylinders != null && !cylinders.hasPoint(tenant, h.point())) {
            unknown.add(new FieldError("point", Text.of("没有这个调瓶点", "no such exchange point")));
        }
        if (!unknown.isEmpty()) {
            throw Problems.ruleViolated(Text.of("交接班中有未知的人员或调瓶点", "The handover names an unknown person or point"), unknown);
        }
        TicketQueries tickets = linked.tickets(tenant);
        List<String> open = tickets == null ? List.of()
                : tickets.openTickets(tenant).stream().map(t -> t.ticketNo() + " " + t.type() + " " + t.status()).toList();
        List<String> stock = cylinders == null ? List.of()
                : cylinders.stock(tenant, h.point()).stream().map(l -> l.spec() + " " + l.status() + " " + l.count()).toList();
        return store.in(tenant, em -> {
            Rosters.shift(em, h.shift());
            HandoverEntity e = new HandoverEntity();
            e.id = UUID.randomUUID().toString();
            e.shift = h.shift();
            e.day = h.dayOn() == null ? store.today(tenant) : h.dayOn();
            e.outgoing = caller.username();
            e.incoming = h.incoming();
            e.openTickets = open;
            e.cashFen = h.cashFen() == null ? 0 : h.cashFen();
            e.vouchers = h.vouchers() == null ? 0 : h.vouchers();
            e.point = h.point();
            e.cylinderStock = stock;
            e.tools = h.tools();
            e.incidents = h.incidents();
            e.notes = h.notes();
            e.status = "RECORDED";
            e.recordedAt = store.now(tenant);
            em.persist(e);
            return view(em, e);
        });
    }

    public Handover handover(String tenant, String id) {
        return store.in(tenant, em -> view(em, handoverEntity(em, id)));
    }

    /** ACCEPTED or DISPUTED by the incoming person (or a shift lead); answered once. */
    public Handover answer(String tenant, Caller caller, String id, boolean accept, String reason) {
        new Validation().check(accept || (reason != null && !reason.isBlank()), "reason", "请说明异议", "say what is disputed")
                .maxLength("reason", reason, 2000).throwIfInvalid();
        return store.in(tenant, em -> {
            HandoverEntity e = handoverEntity(em, id);
            if (!caller.username().equals(e.incoming) && !caller.hasRole(Roles.SHIFT_LEAD)) {
                throw Problems.forbidden(Text.of("只有接班人或值长可以接班", "Only the incoming person or a shift lead may answer"));
            }
            if (!"RECORDED".equals(e.status)) {
                throw Problems.conflict(Text.of("交接班已" + ("ACCEPTED".equals(e.status) ? "接收" : "提出异议") + "，只能补充备注",
                        "The handover is " + e.status.toLowerCase() + "; it can only be annotated"));
            }
            e.status = accept ? "ACCEPTED" : "DISPUTED";
            e.answeredAt = store.now(tenant);
            e.disputeReason = accept ? null : reason;
            if (!caller.username().equals(e.incoming)) {
                annotate(em, e, e.answeredAt, caller.username(), "值长代为" + (accept ? "接班" : "提出异议"));
            }
            return view(em, e);
        });
    }

    public Handover annotate(String tenant, Caller caller, String id, String text) {
        new Validation().required("reason", text).maxLength("reason", text, 2000).throwIfInvalid();
        return store.in(tenant, em -> {
            HandoverEntity e = handoverEntity(em, id);
            annotate(em, e, store.now(tenant), caller.username(), text);
            return view(em, e);
        });
    }

    private static void annotate(EntityManager em, HandoverEntity h, OffsetDateTime at, String by, String text) {
        AnnotationEntity a = new AnnotationEntity();
        a.id = UUID.randomUUID().toString();
        a.handoverId = h.id;
        a.at = at;
        a.byUser = by;
        a.text = text;
        em.persist(a);
        em.flush();
    }

    private static HandoverEntity handoverEntity(EntityManager em, String id) {
        HandoverEntity e = id == null ? null : em.find(HandoverEntity.class, id);
        if (e == null) {
            throw Problems.notFound(Text.of("没有这条交接班记录", "No such handover"));
        }
        return e;
    }

    private static Handover view(EntityManager em, HandoverEntity e) {
        List<Handover.Annotation> notes = em.createQuery("select a from AnnotationEntity a where a.handoverId = :h order by a.at", AnnotationEntity.class)
                .setParameter("h", e.id).getResultList().stream().map(a -> new Handover.Annotation(a.at, a.byUser, a.text)).toList();
        return new Handover(e.id, e.shift, e.day, e.outgoing, e.incoming, e.openTickets, e.cashFen, e.vouchers, e.point, e.cylinderStock,
                e.tools, e.incidents, e.notes, e.status, e.recordedAt, e.answeredAt, e.disputeReason, notes);
    }
}
