package com.gasline.inspections.internal.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.accounts.api.AccountSupply;
import com.gasline.inspections.api.rest.HazardGrade;
import com.gasline.inspections.api.rest.HazardStatus;
import com.gasline.inspections.api.rest.Inspection;
import com.gasline.inspections.api.rest.InspectionStatus;
import com.gasline.inspections.api.rest.NewHazard;
import com.gasline.inspections.api.rest.NewVisit;
import com.gasline.inspections.api.rest.VisitResult;
import com.gasline.inspections.internal.rules.ChecklistLines;
import com.gasline.inspections.internal.rules.HazardRule;
import com.gasline.inspections.internal.rules.Revisit;
import com.gasline.inspections.internal.rules.VisitRules;
import com.gasline.inspections.internal.store.HazardEntity;
import com.gasline.inspections.internal.store.InspectionEntity;
import com.gasline.inspections.internal.store.InspectionStore;
import com.gasline.inspections.internal.store.VisitEntity;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.attachments.Attachments;
import com.gasline.platform.api.notify.NoticeKinds;
import com.gasline.platform.api.notify.NoticeRequest;
import com.gasline.platform.api.notify.Notifications;
import com.gasline.platform.api.persistence.Sequences;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/**
 * A visit to a notified household: inspected (checklist, hazards with deadlines), nobody at home or refused. A critical
 * hazard marked to stop the supply asks the accounts module to suspend the account, which records it in the account's
 * history; the hazard then shows the supply as suspended.
 */
@Component(service = Visits.class)
public class Visits {

    private final InspectionStore store;
    private final Sequences sequences;
    private final AccountSupply supply;
    private final Attachments attachments;
    private final Notifications notifications;

    @Activate
    public Visits(@Reference InspectionStore store, @Reference Sequences sequences, @Reference AccountSupply supply,
            @Reference Attachments attachments, @Reference Notifications notifications) {
        this.store = store;
        this.sequences = sequences;
        this.supply = supply;
        this.attachments = attachments;
        this.notifications = notifications;
    }

    private record Recorded(Inspection inspection, String customerId, List<HazardEntity> hazards, List<HazardEntity> toSuspend) {
    }

    public Inspection visit(String tenant, Caller caller, String id, NewVisit v) {
        Validation.requireBody(v);
        OffsetDateTime now = store.now(tenant);
        OffsetDateTime at = v.visitedAt() == null ? now : v.visitedAt();
        VisitRules.check(v).check(!at.isAfter(now.plusMinutes(5)), "visitedAt", "不能是将来的时间", "must not be in the future")
                .throwIfInvalid();
        // photos and the signature are uploaded first; the visit keeps their ids, each checked to be this branch's
        if (v.signatureId() != null) {
            attachments.requireReference(tenant, v.signatureId(), "signatureId");
        }
        for (int k = 0; v.hazards() != null && k < v.hazards().size(); k++) {
            List<String> photos = v.hazards().get(k).photoIds() == null ? List.of() : v.hazards().get(k).photoIds();
            for (int p = 0; p < photos.size(); p++) {
                attachments.requireReference(tenant, photos.get(p), "hazards[" + k + "].photoIds[" + p + "]");
            }
        }
        // hazard numbers are taken before the transaction, as every module takes its numbers
        int found = v.result() == VisitResult.INSPECTED && v.hazards() != null ? v.hazards().size() : 0;
        List<String> hazardIds = new ArrayList<>();
        for (int k = 0; k < found; k++) {
            hazardIds.add("YH" + sequences.next(tenant, "inspection-hazard"));
        }
        Recorded recorded = store.in(tenant, em -> record(em, tenant, caller, id, v, at, now, hazardIds));
        for (HazardEntity h : recorded.hazards()) {
            // 隐患整改通知: the customer is told what to fix and by when
            notifications.send(tenant, new NoticeRequest(NoticeKinds.HAZARD_REMINDER, new NoticeRequest.Recipient(recorded.customerId(),
                    h.accountNo, recorded.inspection().customerName()), Map.of(), Map.of("address", recorded.inspection().address() == null
                    ? String.valueOf(h.area) : recorded.inspection().address(), "hazard", h.description, "deadline", h.deadline.toString()),
                    HazardGrade.CRITICAL.name().equals(h.grade), "hazard:" + h.id));
        }
        for (HazardEntity h : recorded.toSuspend()) {
            boolean suspended = supply.suspendForSafety(tenant, caller.username(), h.accountNo,
                    "入户安检重大隐患 " + h.id + "：" + h.description);
            if (suspended) {
                store.in(tenant, em -> em.find(HazardEntity.class, h.id).supplySuspended = true);
            }
        }
        return recorded.toSuspend().isEmpty() ? recorded.inspection() : store.in(tenant,
                em -> Inspections.view(em, Inspections.find(em, id, LockModeType.NONE)));
    }

    private Recorded record(EntityManager em, String tenant, Caller caller, String id, NewVisit v, OffsetDateTime at, OffsetDateTime now,
            List<String> hazardIds) {
        InspectionEntity i = Inspections.find(em, id, LockModeType.PESSIMISTIC_WRITE);
        if (!InspectionStatus.NOTIFIED.name().equals(i.status)) {
            throw Problems.ruleViolated(Text.of("须先通知用户上门时间（当前状态 " + i.status + "）",
                    "The customer must be told the visit time first (status " + i.status + ")"));
        }
        new Validation().check(!at.isBefore(i.notifiedAt), "visitedAt", "不能早于通知时间", "must not be before the notice").throwIfInvalid();
        List<VisitEntity> earlier = Inspections.visits(em, i.id);
        List<HazardEntity> hazards = new ArrayList<>();
        for (int k = 0; k < hazardIds.size(); k++) {
            hazards.add(hazard(tenant, caller, i, hazardIds.get(k), v.hazards().get(k), at));
        }
        hazards.forEach(em::persist);
        VisitEntity visit = new VisitEntity();
        visit.attempt = earlier.size() + 1;
        visit.id = i.id + "/" + visit.attempt;
        visit.inspectionId = i.id;
        visit.result = v.result().name();
        visit.visitedAt = at.atZoneSameInstant(store.zone(tenant)).toOffsetDateTime();
        visit.inspector = caller.username();
        visit.checklist = v.checklist() == null ? List.of() : v.checklist().stream().map(ChecklistLines::encode).toList();
        visit.hazardIds = hazards.stream().map(h -> h.id).toList();
        visit.refusalReason = v.refusalReason();
        visit.signatureId = v.signatureId();
        visit.note = v.note();
        visit.recordedAt = now;
        em.persist(visit);
        i.attempts = visit.attempt;
        i.status = next(em, earlier, v.result()).name();
        if (v.result() == VisitResult.INSPECTED) {
            i.inspectedAt = visit.visitedAt;
        }
        List<VisitEntity> all = new ArrayList<>(earlier);
        all.add(visit);
        List<HazardEntity> toSuspend = new ArrayList<>();
        for (int k = 0; v.hazards() != null && k < hazards.size(); k++) {
            if (Boolean.TRUE.equals(v.hazards().get(k).suspendSupply())) {
                toSuspend.add(hazards.get(k));
            }
        }
        return new Recorded(Views.inspection(i, all), i.customerId == null ? i.accountNo : i.customerId, hazards, toSuspend);
    }

    private static InspectionStatus next(EntityManager em, List<VisitEntity> earlier, VisitResult result) {
        return switch (result) {
            case INSPECTED -> InspectionStatus.INSPECTED;
            case REFUSED -> InspectionStatus.REFUSED;
            case NO_ACCESS -> {
                int missed = 1 + (int) earlier.stream().filter(e -> VisitResult.NO_ACCESS.name().equals(e.result)).count();
                yield Revisit.unreachable(missed, BranchRules.read(em).noAccessAttempts())
                        ? InspectionStatus.UNREACHABLE : InspectionStatus.NO_ACCESS;
            }
        };
    }

    private HazardEntity hazard(String tenant, Caller caller, InspectionEntity i, String id, NewHazard n, OffsetDateTime at) {
        HazardEntity h = new HazardEntity();
        h.id = id;
        h.inspectionId = i.id;
        h.planId = i.planId;
        h.accountNo = i.accountNo;
        h.area = i.area;
        h.item = n.item().name();
        h.grade = n.grade().name();
        h.description = n.description().strip();
        h.photoIds = n.photoIds() == null ? List.of() : List.copyOf(n.photoIds());
        h.status = HazardStatus.OPEN.name();
        h.deadline = HazardRule.deadline(n.grade(), at.atZoneSameInstant(store.zone(tenant)).toLocalDate());
        h.recordedBy = caller.username();
        h.recordedAt = store.now(tenant);
        return h;
    }
}
