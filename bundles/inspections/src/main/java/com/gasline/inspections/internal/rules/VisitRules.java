package com.gasline.inspections.internal.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.gasline.inspections.api.rest.CheckItem;
import com.gasline.inspections.api.rest.CheckedItem;
import com.gasline.inspections.api.rest.NewHazard;
import com.gasline.inspections.api.rest.NewVisit;
import com.gasline.inspections.api.rest.Outcome;
import com.gasline.inspections.api.rest.VisitResult;
import com.gasline.platform.api.problem.Validation;

/**
 * What a visit must say for its result: an inspected visit answers every checklist item once and names a graded
 * hazard for each item found hazardous (and only for those); a refusal gives the customer's reason; a visit that
 * found nobody records no findings.
 */
public final class VisitRules {

    private VisitRules() {
    }

    public static Validation check(NewVisit v) {
        Validation errors = new Validation().required("result", v.result()).maxLength("note", v.note(), 500)
                .maxLength("refusalReason", v.refusalReason(), 500);
        if (v.result() == VisitResult.INSPECTED) {
            inspected(v, errors);
        } else if (v.result() != null) {
            errors.check(empty(v.checklist()), "checklist", "未入户检查，不应填写检查项", "only an inspected visit has a checklist")
                    .check(empty(v.hazards()), "hazards", "未入户检查，不应登记隐患", "only an inspected visit records hazards");
        }
        if (v.result() == VisitResult.REFUSED) {
            errors.required("refusalReason", v.refusalReason());
        }
        return errors;
    }

    private static void inspected(NewVisit v, Validation errors) {
        List<CheckedItem> lines = v.checklist() == null ? List.of() : v.checklist();
        Set<CheckItem> answered = EnumSet.noneOf(CheckItem.class);
        Set<CheckItem> hazardous = EnumSet.noneOf(CheckItem.class);
        for (int i = 0; i < lines.size(); i++) {
            CheckedItem line = lines.get(i);
            String at = "checklist[" + i + "]";
            if (line == null || line.item() == null || line.outcome() == null) {
                errors.check(false, at, "须填写检查项和结果", "needs an item and an outcome");
                continue;
            }
            errors.check(answered.add(line.item()), at + ".item", "检查项重复", "item listed twice")
                    .maxLength(at + ".note", line.note(), 200);
            if (line.outcome() == Outcome.HAZARD) {
                hazardous.add(line.item());
            }
        }
        Set<CheckItem> missing = EnumSet.allOf(CheckItem.class);
        missing.removeAll(answered);
        errors.check(missing.isEmpty(), "checklist", "缺少检查项：" + missing, "items not answered: " + missing);
        List<NewHazard> hazards = v.hazards() == null ? List.of() : v.hazards();
        Set<CheckItem> named = EnumSet.noneOf(CheckItem.class);
        for (int i = 0; i < hazards.size(); i++) {
            hazard(hazards.get(i), "hazards[" + i + "]", hazardous, named, errors);
        }
        Set<CheckItem> unnamed = EnumSet.noneOf(CheckItem.class);
        unnamed.addAll(hazardous);
        unnamed.removeAll(named);
        errors.check(unnamed.isEmpty(), "hazards", "以下隐患项未登记隐患：" + unnamed, "no hazard recorded for: " + unnamed);
    }

    private static void hazard(NewHazard h, String at, Set<CheckItem> hazardous, Set<CheckItem> named, Validation errors) {
        if (h == null) {
            errors.check(false, at, "必填", "is required");
            return;
        }
        errors.required(at + ".item", h.item()).required(at + ".grade", h.grade()).required(at + ".description", h.description())
                .maxLength(at + ".description", h.description(), 500)
                .check(h.photoIds() == null || h.photoIds().size() <= 10, at + ".photoIds", "最多 10 张照片", "at most 10 photos")
                .check(!Boolean.TRUE.equals(h.suspendSupply()) || h.grade() == null || HazardRule.maySuspendSupply(h.grade()),
                        at + ".suspendSupply", "只有重大隐患可以停气", "only a CRITICAL hazard may stop the supply");
        if (h.item() != null && hazardous.contains(h.item())) {
            errors.check(named.add(h.item()), at + ".item", "同一检查项只登记一条隐患", "one hazard per item");
        } else if (h.item() != null) {
            errors.check(false, at + ".item", "该检查项未判为隐患", "that item is not answered HAZARD");
        }
    }

    private static boolean empty(List<?> list) {
        return list == null || list.isEmpty();
    }
}
