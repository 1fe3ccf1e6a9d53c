package com.gasline.duties.internal.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.core.Response;

import com.gasline.duties.api.rest.Answer;
import com.gasline.duties.api.rest.Assessment;
import com.gasline.duties.api.rest.AssessmentItem;
import com.gasline.duties.api.rest.AssessmentScheme;
import com.gasline.duties.api.rest.CheckRecord;
import com.gasline.duties.api.rest.CheckTask;
import com.gasline.duties.api.rest.Compliance;
import com.gasline.duties.api.rest.DutiesApi;
import com.gasline.duties.api.rest.Gap;
import com.gasline.duties.api.rest.Handover;
import com.gasline.duties.api.rest.NewHandover;
import com.gasline.duties.api.rest.Position;
import com.gasline.duties.api.rest.Roster;
import com.gasline.duties.api.rest.SeatRule;
import com.gasline.duties.api.rest.Shift;
import com.gasline.duties.api.rest.Staff;
import com.gasline.duties.api.rest.Training;
import com.gasline.duties.internal.service.Assessments;
import com.gasline.duties.internal.service.Checks;
import com.gasline.duties.internal.service.Handovers;
import com.gasline.duties.internal.service.Personnel;
import com.gasline.duties.internal.service.Positions;
import com.gasline.duties.internal.service.Rosters;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.problem.Validation;

/** The HTTP face of duties; the work is in {@code service}, the rules in {@code rules}. */
public class DutiesResource implements DutiesApi {

    private final Positions positions;
    private final Personnel personnel;
    private final Rosters rosters;
    private final Handovers handovers;
    private final Checks checks;
    private final Assessments assessments;
    private final RequestContext requests;

    public DutiesResource(Positions positions, Personnel personnel, Rosters rosters, Handovers handovers, Checks checks, Assessments assessments,
            RequestContext requests) {
        this.positions = positions;
        this.personnel = personnel;
        this.rosters = rosters;
        this.handovers = handovers;
        this.checks = checks;
        this.assessments = assessments;
        this.requests = requests;
    }

    @Override
    public Page<Position> positions(Integer page, Integer size) {
        return positions.positions(requests.tenant(), PageRequest.of(page, size));
    }

    @Override
    public Position position(String code) {
        return positions.position(requests.tenant(), code);
    }

    @Override
    public Response createPosition(Position position) {
        Position p = positions.savePosition(requests.tenant(), null, position, true);
        return Response.created(requests.location("positions", p.code())).entity(p).build();
    }

    @Override
    public Position changePosition(String code, Position position) {
        return positions.savePosition(requests.tenant(), code, position, false);
    }

    @Override
    public Response addStaff(Staff staff) {
        Staff s = personnel.addStaff(requests.tenant(), staff);
        return Response.created(requests.location("staff", s.username())).entity(s).build();
    }

    @Override
    public Page<Staff> staff(Integer page, Integer size) {
        return personnel.staff(requests.tenant(), PageRequest.of(page, size));
    }

    @Override
    public Staff staffMember(String username) {
        return personnel.staffMember(requests.tenant(), username);
    }

    @Override
    public Staff addTraining(String username, Training training) {
        return personnel.addTraining(requests.tenant(), username, training);
    }

    @Override
    public Response createShift(Shift shift) {
        Shift s = rosters.createShift(requests.tenant(), shift);
        return Response.created(requests.location("shifts", s.code())).entity(s).build();
    }

    @Override
    public Page<Shift> shifts(Integer page, Integer size) {
        return rosters.shifts(requests.tenant(), PageRequest.of(page, size));
    }

    @Override
    public Shift shift(String code) {
        return rosters.shift(requests.tenant(), code);
    }

    @Override
    public List<SeatRule> changeSeatRules(List<SeatRule> rules) {
        return rosters.changeSeatRules(requests.tenant(), rules);
    }

    @Override
    public List<SeatRule> seatRules() {
        return rosters.seatRules(requests.tenant());
    }

    @Override
    public Roster plan(String date, Roster roster) {
        return rosters.plan(requests.tenant(), Validation.date(date, "date"), roster);
    }

    @Override
    public Page<Roster> rosters(String from, String to, Integer page, Integer size) {
        PageRequest pages = PageRequest.of(page, size);
        LocalDate[] p = Rosters.period(from, to);
        // computed for the bounded period, then cut: total counts every planned day of it
        return pages.slice(rosters.rosters(requests.tenant(), requests.requireCaller(), p[0], p[1]));
    }

    @Override
    public Page<Gap> gaps(String from, String to, Integer page, Integer size) {
        PageRequest pages = PageRequest.of(page, size);
        LocalDate[] p = Rosters.period(from, to);
        return pages.slice(rosters.gaps(requests.tenant(), p[0], p[1]));
    }

    @Override
    public Response handOver(NewHandover handover) {
        Handover h = handovers.handOver(requests.tenant(), requests.requireCaller(), handover);
        return Response.created(requests.location("handovers", h.id())).entity(h).build();
    }

    @Override
    public Handover handover(String id) {
        return handovers.handover(requests.tenant(), id);
    }

    @Override
    public Handover accept(String id) {
        return handovers.answer(requests.tenant(), requests.requireCaller(), id, true, null);
    }

    @Override
    public Handover dispute(String id, Answer answer) {
        return handovers.answer(requests.tenant(), requests.requireCaller(), id, false, answer == null ? null : answer.reason());
    }

    @Override
    public Handover annotate(String id, Answer note) {
        return handovers.annotate(requests.tenant(), requests.requireCaller(), id, note == null ? null : note.reason());
    }

    @Override
    public Response createCheck(CheckTask task) {
        CheckTask t = checks.createCheck(requests.tenant(), task);
        return Response.created(requests.location("checks", t.id())).entity(t).build();
    }

    @Override
    public Page<CheckTask> checks(Integer page, Integer size) {
        return checks.checks(requests.tenant(), PageRequest.of(page, size));
    }

    @Override
    public CheckTask check(String id) {
        return checks.check(requests.tenant(), id);
    }

    @Override
    public Response recordCheck(String id, CheckRecord record) {
        CheckRecord r = checks.record(requests.tenant(), requests.requireCaller(), id, record);
        return Response.created(requests.location("checks", id, "records", r.dayOn().toString(), r.slot())).entity(r).build();
    }

    @Override
    public CheckRecord checkRecord(String id, String date, String slot) {
        return checks.record(requests.tenant(), id, Validation.date(date, "date"), slot);
    }

    @Override
    public Page<Compliance> compliance(String date, Integer page, Integer size) {
        PageRequest pages = PageRequest.of(page, size);
        return pages.slice(checks.compliance(requests.tenant(), Validation.date(date, "date")));
    }

    @Override
    public Response addAssessmentItem(AssessmentItem item) {
        AssessmentItem added = assessments.addItem(requests.tenant(), requests.requireCaller(), item);
        return Response.created(requests.location("assessments", "items", added.id())).entity(added).build();
    }

    @Override
    public AssessmentItem assessmentItem(String id) {
        return assessments.item(requests.tenant(), id);
    }

    @Override
    public Page<Assessment> assessments(String month, Integer page, Integer size) {
        PageRequest pages = PageRequest.of(page, size);
        return pages.slice(assessments.assessments(requests.tenant(), month));
    }

    @Override
    public AssessmentScheme assessmentScheme() {
        return assessments.scheme(requests.tenant());
    }

    @Override
    public AssessmentScheme changeAssessmentScheme(AssessmentScheme scheme) {
        return assessments.changeScheme(requests.tenant(), scheme);
    }
}
