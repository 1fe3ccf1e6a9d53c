package com.gasline.inspections.internal.service;

import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.inspections.api.rest.Hazard;
import com.gasline.inspections.api.rest.HazardStatus;
import com.gasline.inspections.api.rest.NewReinspection;
import com.gasline.inspections.internal.store.HazardEntity;
import com.gasline.inspections.internal.store.InspectionStore;
import com.gasline.inspections.internal.store.ReinspectionEntity;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.attachments.Attachments;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/** Hazards followed until fixed: each re-inspection (复查) is a record of its own; the one that finds the hazard fixed closes it. */
@Component(service = Hazards.class)
public class Hazards {

    private final InspectionStore store;
    private final Attachments attachments;

    @Activate
    public Hazards(@Reference InspectionStore store, @Reference Attachments attachments) {
        this.store = store;
        this.attachments = attachments;
    }

    public Page<Hazard> list(String tenant, HazardStatus status, Boolean overdue, String account, PageRequest page) {
        LocalDate today = store.today(tenant);
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (status != null) {
            where.append(" and h.status = :status");
        }
        if (Boolean.TRUE.equals(overdue)) {
            where.append(" and h.status = 'OPEN' and h.deadline < :today");
        }
        if (account != null) {
            where.append(" and h.accountNo = :account");
        }
        return store.in(tenant, em -> {
            TypedQuery<Long> count = em.createQuery("select count(h) from HazardEntity h" + where, Long.class);
            TypedQuery<HazardEntity> items = em.createQuery("select h from HazardEntity h" + where + " order by h.deadline, h.id",
                    HazardEntity.class);
            for (TypedQuery<?> q : List.of(count, items)) {
                if (status != null) {
                    q.setParameter("status", status.name());
                }
                if (Boolean.TRUE.equals(overdue)) {
                    q.setParameter("today", today);
                }
                if (account != null) {
                    q.setParameter("account", account);
                }
            }
            return page.read(count, items, h -> view(em, h, today));
        });
    }

    public Hazard get(String tenant, String id) {
        LocalDate today = store.today(tenant);
        return store.in(tenant, em -> view(em, find(em, id, LockModeType.NONE), today));
    }

    public Hazard reinspect(String tenant, Caller caller, String id, NewReinspection r) {
        Validation.requireBody(r);
        new Validation().required("fixed", r.fixed()).required("note", r.note()).maxLength("note", r.note(), 500)
                .check(r.photoIds() == null || r.photoIds().size() <= 10, "photoIds", "最多 10 张照片", "at most 10 photos")
                .throwIfInvalid();
        for (int p = 0; r.photoIds() != null && p < r.photoIds().size(); p++) {
            attachments.requireReference(tenant, r.photoIds().get(p), "photoIds[" + p + "]");
        }
        LocalDate today = store.today(tenant);
        return store.in(tenant, em -> {
            HazardEntity h = find(em, id, LockModeType.PESSIMISTIC_WRITE);
            if (!HazardStatus.OPEN.name().equals(h.status)) {
                throw Problems.conflict(Text.of("隐患已整改关闭，复查记录不再追加", "The hazard is closed already"));
            }
            long done = em.createQuery("select count(r) from ReinspectionEntity r where r.hazardId = :h", Long.class)
                    .setParameter("h", h.id).getSingleResult();
            ReinspectionEntity e = new ReinspectionEntity();
            e.id = h.id + "/" + (done + 1);
            e.hazardId = h.id;
            e.fixed = r.fixed();
            e.note = r.note().strip();
            e.photoIds = r.photoIds() == null ? List.of() : List.copyOf(r.photoIds());
            e.by = caller.username();
            e.at = store.now(tenant);
            em.persist(e);
            if (r.fixed()) {
                h.status = HazardStatus.CLOSED.name();
                h.closedAt = e.at;
            }
            return view(em, h, today);
        });
    }

    private static HazardEntity find(EntityManager em, String id, LockModeType lock) {
        HazardEntity h = em.find(HazardEntity.class, id, lock);
        if (h == null) {
            throw Problems.notFound(Text.of("没有这条隐患", "No such hazard"));
        }
        return h;
    }

    private static Hazard view(EntityManager em, HazardEntity h, LocalDate today) {
        List<ReinspectionEntity> done = em.createQuery("select r from ReinspectionEntity r where r.hazardId = :h order by r.at",
                ReinspectionEntity.class).setParameter("h", h.id).getResultList();
        return Views.hazard(h, done, today);
    }
}
