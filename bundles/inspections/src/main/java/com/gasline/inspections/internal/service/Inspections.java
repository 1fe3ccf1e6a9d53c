package com.gasline.inspections.internal.service;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.inspections.api.rest.Inspection;
import com.gasline.inspections.api.rest.InspectionRules;
import com.gasline.inspections.api.rest.InspectionStatus;
import com.gasline.inspections.api.rest.NewSchedule;
import com.gasline.inspections.internal.rules.Revisit;
import com.gasline.inspections.internal.store.InspectionEntity;
import com.gasline.inspections.internal.store.InspectionStore;
import com.gasline.inspections.internal.store.NoticeEntity;
import com.gasline.inspections.internal.store.VisitEntity;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.notify.NoticeKinds;
import com.gasline.platform.api.notify.NoticeRequest;
import com.gasline.platform.api.notify.Notifications;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/** Inspections as listed and read, and the notice of a visit (安检通知), which must come the branch's notice hours ahead. */
@Component(service = Inspections.class)
public class Inspections {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final InspectionStore store;
    private final Notifications notifications;

    @Activate
    public Inspections(@Reference InspectionStore store, @Reference Notifications notifications) {
        this.store = store;
        this.notifications = notifications;
    }

    public Page<Inspection> list(String tenant, String plan, String account, InspectionStatus status, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (plan != null) {
            where.append(" and i.planId = :plan");
        }
        if (account != null) {
            where.append(" and i.accountNo = :account");
        }
        if (status != null) {
            where.append(" and i.status = :status");
        }
        return store.in(tenant, em -> {
            var count = em.createQuery("select count(i) from InspectionEntity i" + where, Long.class);
            var items = em.createQuery("select i from InspectionEntity i" + where + " order by i.accountNo, i.id", InspectionEntity.class);
            if (plan != null) {
                count.setParameter("plan", plan);
                items.setParameter("plan", plan);
            }
            if (account != null) {
                count.setParameter("account", account);
                items.setParameter("account", account);
            }
            if (status != null) {
                count.setParameter("status", status.name());
                items.setParameter("status", status.name());
            }
            return page.read(count, items, i -> view(em, i));
        });
    }

    public Inspection get(String tenant, String id) {
        return store.in(tenant, em -> view(em, find(em, id, LockModeType.NONE)));
    }

    /** Tells the customer when the inspector comes; a re-visit after no access tries another time of day or a weekend. */
    public Inspection schedule(String tenant, Caller caller, String id, NewSchedule s) {
        Validation.requireBody(s);
        new Validation().required("visitAt", s.visitAt()).throwIfInvalid();
        Notice notice = store.in(tenant, em -> {
            InspectionEntity i = find(em, id, LockModeType.PESSIMISTIC_WRITE);
            InspectionStatus status = InspectionStatus.valueOf(i.status);
            if (status != InspectionStatus.PLANNED && status != InspectionStatus.NOTIFIED && status != InspectionStatus.NO_ACCESS) {
                throw Problems.conflict(Text.of("该户安检已结束（" + status + "）", "The inspection is over (" + status + ")"));
            }
            InspectionRules rules = BranchRules.read(em);
            OffsetDateTime now = store.now(tenant);
            ZoneId zone = store.zone(tenant);
            List<VisitEntity> visits = visits(em, i.id);
            new Validation().check(!s.visitAt().isBefore(now.plusHours(rules.noticeHours())), "visitAt",
                    "须至少提前 " + rules.noticeHours() + " 小时通知用户", "must be at least " + rules.noticeHours() + " hours from now")
                    .check(Revisit.triesAnotherTime(s.visitAt().atZoneSameInstant(zone), visits.stream()
                            .filter(v -> "NO_ACCESS".equals(v.result)).map(v -> v.visitedAt.atZoneSameInstant(zone)).toList()),
                            "visitAt", "到访不遇后须换一个时段再访（晚上或周末）", "after no access, come at another time of day or on a weekend")
                    .throwIfInvalid();
            long notices = em.createQuery("select count(n) from NoticeEntity n where n.inspectionId = :i", Long.class)
                    .setParameter("i", i.id).getSingleResult();
            NoticeEntity n = new NoticeEntity();
            n.id = i.id + "/" + (notices + 1);
            n.inspectionId = i.id;
            n.visitAt = s.visitAt().atZoneSameInstant(zone).toOffsetDateTime();
            n.notifiedBy = caller.username();
            n.notifiedAt = now;
            em.persist(n);
            i.status = InspectionStatus.NOTIFIED.name();
            i.notifiedAt = now;
            i.visitAt = n.visitAt;
            return new Notice(view(em, i), n.id, i.customerId);
        });
        // the customer is told through the platform's notices; the delivery log under inspection:<notice> is the proof
        Inspection i = notice.inspection();
        notifications.send(tenant, new NoticeRequest(NoticeKinds.INSPECTION, new NoticeRequest.Recipient(
                notice.customerId() == null ? i.accountNo() : notice.customerId(), i.accountNo(), i.customerName()), Map.of(),
                Map.of("window", WHEN.format(i.visitAt()), "address", i.address() == null ? i.area() : i.address()), false,
                "inspection:" + notice.id()));
        return i;
    }

    private record Notice(Inspection inspection, String id, String customerId) {
    }

    static InspectionEntity find(EntityManager em, String id, LockModeType lock) {
        InspectionEntity i = em.find(InspectionEntity.class, id, lock);
        if (i == null) {
            throw Problems.notFound(Text.of("没有这户安检", "No such inspection"));
        }
        return i;
    }

    static List<VisitEntity> visits(EntityManager em, String inspectionId) {
        return em.createQuery("select v from VisitEntity v where v.inspectionId = :i order by v.attempt", VisitEntity.class)
                .setParameter("i", inspectionId).getResultList();
    }

    static Inspection view(EntityManager em, InspectionEntity i) {
        return Views.inspection(i, visits(em, i.id));
    }
}
