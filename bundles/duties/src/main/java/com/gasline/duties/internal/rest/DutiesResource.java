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
import com.gasline.duties.internal.desk.Duties;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.problem.Validation;

/** The HTTP face of duties; the rules are in {@code desk} and {@code rules}. */
public class DutiesResource implements DutiesApi {

    private final Duties duties;
    private final RequestContext requests;

    public DutiesResource(Duties duties, RequestContext requests) {
        this.duties = duties;
        this.requests = requests;
    }

    @Override
    public List<Position> positions() {
        return duties.positions(requests.tenant());
    }

    @Override
    public Response createPosition(Position position) {
        Position p = duties.savePosition(requests.tenant(), null, position, true);
        return Response.created(URI.create("positions/" + p.code())).entity(p).build();
    }

    @Override
    public Position changePosition(String code, Position position) {
        return duties.savePosition(requests.tenant(), code, position, false);
    }

    @Override
    public Response addStaff(Staff staff) {
        Staff s = duties.addStaff(requests.tenant(), staff);
        return Response.created(URI.create("staff/" + s.username())).entity(s).build();
    }

    @Override
    public List<Staff> staff() {
        return duties.staff(requests.tenant());
    }

    @Override
    public Staff addTraining(String username, Training training) {
        return duties.addTraining(requests.tenant(), username, training);
    }

    @Override
    public Response createShift(Shift shift) {
        Shift s = duties.createShift(requests.tenant(), shift);
        return Response.created(URI.create("shifts/" + s.code())).entity(s).build();
    }

    @Override
    public List<Shift> shifts() {
        return duties.shifts(requests.tenant());
    }

    @Override
    public List<SeatRule> changeSeatRules(List<SeatRule> rules) {
        return duties.changeSeatRules(requests.tenant(), rules);
    }

    @Override
    public List<SeatRule> seatRules() {
        return duties.seatRules(requests.tenant());
    }

    @Override
    public Roster plan(String date, Roster roster) {
        return duties.plan(requests.tenant(), Validation.date(date, "date"), roster);
    }

    @Override
    public List<Roster> rosters(String from, String to) {
        LocalDate[] p = Duties.period(from, to);
        return duties.rosters(requests.tenant(), requests.requireCaller(), p[0], p[1]);
    }

    @Override
    public List<Gap> gaps(String from, String to) {
        LocalDate[] p = Duties.period(from, to);
        return duties.gaps(requests.tenant(), p[0], p[1]);
    }

    @Override
    public Response handOver(NewHandover handover) {
        Handover h = duties.handOver(requests.tenant(), requests.requireCaller(), handover);
        return Response.created(URI.create("handovers/" + h.id())).entity(h).build();
    }

    @Override
    public Handover handover(String id) {
        return duties.handover(requests.tenant(), id);
    }

    @Override
    public Handover accept(String id) {
        return duties.answer(requests.tenant(), requests.requireCaller(), id, true, null);
    }

    @Override
    public Handover dispute(String id, Answer answer) {
        return duties.answer(requests.tenant(), requests.requireCaller(), id, false, answer == null ? null : answer.reason());
    }

    @Override
    public Handover annotate(String id, Answer note) {
        return duties.annotate(requests.tenant(), requests.requireCaller(), id, note == null ? null : note.reason());
    }

    @Override
    public Response createCheck(CheckTask task) {
        CheckTask t = duties.createCheck(requests.tenant(), task);
        return Response.created(URI.create("checks/" + t.id())).entity(t).build();
    }

    @Override
    public List<CheckTask> checks() {
        return duties.checks(requests.tenant());
    }

    @Override
    public Response recordCheck(String id, CheckRecord record) {
        return Response.status(201).entity(duties.record(requests.tenant(), requests.requireCaller(), id, record)).build();
    }

    @Override
    public List<Compliance> compliance(String day) {
        return duties.compliance(requests.tenant(), Validation.date(day, "day"));
    }

    @Override
    public Response addAssessmentItem(AssessmentItem item) {
        return Response.status(201).entity(duties.addItem(requests.tenant(), requests.requireCaller(), item)).build();
    }

    @Override
    public List<Assessment> assessments(String month) {
        return duties.assessments(requests.tenant(), month);
    }
}
