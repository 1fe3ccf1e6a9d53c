package com.gasline.inspections.internal.rest;

import java.util.Arrays;

import javax.ws.rs.core.Response;

import com.gasline.inspections.api.rest.CoverageReport;
import com.gasline.inspections.api.rest.Hazard;
import com.gasline.inspections.api.rest.HazardStatus;
import com.gasline.inspections.api.rest.Inspection;
import com.gasline.inspections.api.rest.InspectionRules;
import com.gasline.inspections.api.rest.InspectionStatus;
import com.gasline.inspections.api.rest.InspectionsApi;
import com.gasline.inspections.api.rest.NewPlan;
import com.gasline.inspections.api.rest.NewReinspection;
import com.gasline.inspections.api.rest.NewSchedule;
import com.gasline.inspections.api.rest.NewVisit;
import com.gasline.inspections.api.rest.Plan;
import com.gasline.inspections.api.rest.Reminded;
import com.gasline.inspections.internal.rules.CoverageCsv;
import com.gasline.inspections.internal.service.BranchRules;
import com.gasline.inspections.internal.service.Coverage;
import com.gasline.inspections.internal.service.HazardReminders;
import com.gasline.inspections.internal.service.Hazards;
import com.gasline.inspections.internal.service.Inspections;
import com.gasline.inspections.internal.service.Plans;
import com.gasline.inspections.internal.service.Visits;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.problem.Validation;

/** The HTTP face of inspections: the tenant and caller of the request, the work in the services. */
public class InspectionsResource implements InspectionsApi {

    private final BranchRules rules;
    private final Plans plans;
    private final Inspections inspections;
    private final Visits visits;
    private final Hazards hazards;
    private final Coverage coverage;
    private final HazardReminders reminders;
    private final RequestContext requests;

    public InspectionsResource(BranchRules rules, Plans plans, Inspections inspections, Visits visits, Hazards hazards, Coverage coverage,
            HazardReminders reminders, RequestContext requests) {
        this.rules = rules;
        this.plans = plans;
        this.inspections = inspections;
        this.visits = visits;
        this.hazards = hazards;
        this.coverage = coverage;
        this.reminders = reminders;
        this.requests = requests;
    }

    @Override
    public InspectionRules rules() {
        return rules.rules(requests.tenant());
    }

    @Override
    public InspectionRules changeRules(InspectionRules changed) {
        return rules.change(requests.tenant(), changed);
    }

    @Override
    public Response plan(NewPlan plan) {
        Plan made = plans.plan(requests.tenant(), requests.requireCaller(), plan);
        return Response.created(requests.location("plans", made.id())).entity(made).build();
    }

    @Override
    public Page<Plan> plans(Integer page, Integer size) {
        return plans.plans(requests.tenant(), PageRequest.of(page, size));
    }

    @Override
    public Plan planById(String id) {
        return plans.plan(requests.tenant(), id);
    }

    @Override
    public Page<Inspection> inspections(String plan, String account, String status, Integer page, Integer size) {
        return inspections.list(requests.tenant(), plan, account, parse(InspectionStatus.class, "status", status), PageRequest.of(page, size));
    }

    @Override
    public Inspection inspection(String id) {
        return inspections.get(requests.tenant(), id);
    }

    @Override
    public Inspection schedule(String id, NewSchedule schedule) {
        return inspections.schedule(requests.tenant(), requests.requireCaller(), id, schedule);
    }

    @Override
    public Response visit(String id, NewVisit visit) {
        Inspection recorded = visits.visit(requests.tenant(), requests.requireCaller(), id, visit);
        return Response.created(requests.location("inspections", id)).entity(recorded).build();
    }

    @Override
    public Page<Hazard> hazards(String status, Boolean overdue, String account, Integer page, Integer size) {
        return hazards.list(requests.tenant(), parse(HazardStatus.class, "status", status), overdue, account, PageRequest.of(page, size));
    }

    @Override
    public Reminded remindHazards() {
        return reminders.remindDue(requests.tenant());
    }

    @Override
    public Hazard hazard(String id) {
        return hazards.get(requests.tenant(), id);
    }

    @Override
    public Hazard reinspect(String id, NewReinspection reinspection) {
        return hazards.reinspect(requests.tenant(), requests.requireCaller(), id, reinspection);
    }

    @Override
    public CoverageReport coverage(String from, String to) {
        return coverage.report(requests.tenant(), from, to);
    }

    @Override
    public String coverageCsv(String from, String to) {
        return CoverageCsv.write(coverage.report(requests.tenant(), from, to).plans());
    }

    /** A query filter naming one of an enum's values; anything else is a 400 on that parameter. */
    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        boolean known = Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(value));
        new Validation().check(known, field, "须为 " + Arrays.toString(type.getEnumConstants()) + " 之一",
                "must be one of " + Arrays.toString(type.getEnumConstants())).throwIfInvalid();
        return Enum.valueOf(type, value);
    }
}
