package com.gasline.duties.internal.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.core.Response;

import com.gasline.duties.api.rest.Answer;
import com.gasline.duties.api.rest.Assessment;
import com.gasline.duties.api.rest.AssessmentItem;
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
    public List<Position> positions() {
        return positions.positions(requests.tenant());
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
    public List<Staff> staff() {
        return personnel.staff(requests.tenant());
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
    public List<Shift> shifts() {
        return rosters.shifts(requests.tenant());
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
    public List<Roster> rosters(String from, String to) {
        LocalDate[] p = Rosters.period(from, to);
        return rosters.rosters(requests.tenant(), requests.requireCaller(), p[0], p[1]);
    }

    @Override
    public List<Gap> gaps(String from, String to) {
        LocalDate[] p = Rosters.period(from, to);
        return rosters.gaps(requests.tenant(), p[0], p[1]);
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
    public List<CheckTask> checks() {
        return checks.checks(requests.tenant());
    }

    @Override
    public Response recordCheck(String id, CheckRecord record) {
        return Response.status(201).entity(checks.record(requests.tenant(), requests.requireCaller(), id, record)).build();
    }

    @Override
    public List<Compliance> compliance(String day) {
        return checks.compliance(requests.tenant(), Validation.date(day, "day"));
    }

    @Override
    public Response addAssessmentItem(AssessmentItem item) {
        return Response.status(201).entity(assessments.addItem(requests.tenant(), requests.requireCaller(), item)).build();
    }

    @Override
    public List<Assessment> assessments(String month) {
        return assessments.assessments(requests.tenant(), month);
    }
}
