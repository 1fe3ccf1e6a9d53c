package com.gasline.inspections.internal.service;

import java.time.LocalDate;
import java.util.List;

import com.gasline.accounts.api.CustomerCategory;
import com.gasline.inspections.api.rest.CheckItem;
import com.gasline.inspections.api.rest.Hazard;
import com.gasline.inspections.api.rest.HazardGrade;
import com.gasline.inspections.api.rest.HazardStatus;
import com.gasline.inspections.api.rest.Inspection;
import com.gasline.inspections.api.rest.InspectionStatus;
import com.gasline.inspections.api.rest.Plan;
import com.gasline.inspections.api.rest.Reinspection;
import com.gasline.inspections.api.rest.Visit;
import com.gasline.inspections.api.rest.VisitResult;
import com.gasline.inspections.internal.rules.ChecklistLines;
import com.gasline.inspections.internal.rules.HazardRule;
import com.gasline.inspections.internal.store.HazardEntity;
import com.gasline.inspections.internal.store.InspectionEntity;
import com.gasline.inspections.internal.store.PlanEntity;
import com.gasline.inspections.internal.store.ReinspectionEntity;
import com.gasline.inspections.internal.store.VisitEntity;

/** Entities as the module's records. */
final class Views {

    private Views() {
    }

    static Plan plan(PlanEntity p) {
        return new Plan(p.id, p.area, p.periodStart, p.periodEnd, p.planned, p.createdBy, p.createdAt);
    }

    static Inspection inspection(InspectionEntity i, List<VisitEntity> visits) {
        return new Inspection(i.id, i.planId, i.accountNo, i.customerName, CustomerCategory.valueOf(i.category), i.area, i.address,
                InspectionStatus.valueOf(i.status), i.notifiedAt, i.visitAt, i.attempts, visits.stream().map(Views::visit).toList());
    }

    static Visit visit(VisitEntity v) {
        return new Visit(v.attempt, VisitResult.valueOf(v.result), v.visitedAt, v.inspector,
                v.checklist.stream().map(ChecklistLines::decode).toList(), v.hazardIds, v.refusalReason, v.signatureId, v.note);
    }

    static Hazard hazard(HazardEntity h, List<ReinspectionEntity> reinspections, LocalDate today) {
        HazardStatus status = HazardStatus.valueOf(h.status);
        return new Hazard(h.id, h.inspectionId, h.accountNo, h.area, CheckItem.valueOf(h.item), HazardGrade.valueOf(h.grade), h.description,
                h.photoIds, status, h.deadline, HazardRule.overdue(status, h.deadline, today), h.supplySuspended, h.recordedBy, h.recordedAt,
                reinspections.stream().map(r -> new Reinspection(r.at, r.by, r.fixed, r.note, r.photoIds)).toList());
    }
}
