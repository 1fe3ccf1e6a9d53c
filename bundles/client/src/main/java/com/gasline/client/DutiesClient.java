package com.gasline.client;

import com.gasline.duties.api.rest.Answer;
import com.gasline.duties.api.rest.CheckRecord;
import com.gasline.duties.api.rest.CheckTask;
import com.gasline.duties.api.rest.Compliance;
import com.gasline.duties.api.rest.Gap;
import com.gasline.duties.api.rest.Handover;
import com.gasline.duties.api.rest.NewHandover;
import com.gasline.duties.api.rest.Position;
import com.gasline.duties.api.rest.Roster;
import com.gasline.duties.api.rest.Shift;
import com.gasline.duties.api.rest.Staff;
import com.gasline.duties.api.rest.Training;

/** 岗位值班 of one branch: positions, staff, shifts and rosters, handovers, periodic checks. Dates are {@code YYYY-MM-DD}. */
public final class DutiesClient {

    private final Transport http;
    private final String base;

    DutiesClient(Transport http, String base) {
        this.http = http;
        this.base = base;
    }

    /** The branch's position catalogue (preloaded from the group's templates). */
    public Page<Position> positions(int page, int size) {
        return http.page(base + "/positions", Query.page(page, size), Position.class);
    }

    public Position createPosition(Position position) {
        return http.send("POST", base + "/positions", position, Position.class);
    }

    /** Edits a position; carries the {@code version} read (409 when stale). */
    public Position changePosition(String code, Position position) {
        return http.send("PUT", base + "/positions/" + Query.segment(code), position, Position.class);
    }

    /** Assigns a user of the branch to a position. */
    public Staff addStaff(Staff staff) {
        return http.send("POST", base + "/staff", staff, Staff.class);
    }

    public Page<Staff> staff(int page, int size) {
        return http.page(base + "/staff", Query.page(page, size), Staff.class);
    }

    /** 岗前培训 and other training records. */
    public Staff addTraining(String username, Training training) {
        return http.send("POST", base + "/staff/" + Query.segment(username) + "/training", training, Staff.class);
    }

    public Shift createShift(Shift shift) {
        return http.send("POST", base + "/shifts", shift, Shift.class);
    }

    public Page<Shift> shifts(int page, int size) {
        return http.page(base + "/shifts", Query.page(page, size), Shift.class);
    }

    /** Plans (or replans) one day; past days are kept as they were. */
    public Roster planRoster(String date, Roster roster) {
        return http.send("PUT", base + "/rosters/" + Query.segment(date), roster, Roster.class);
    }

    public Page<Roster> rosters(String from, String to, int page, int size) {
        return http.page(base + "/rosters", Query.of("from", from, "to", to).paged(page, size), Roster.class);
    }

    /** Hours in which the roster has fewer people than the seat rules ask. */
    public Page<Gap> gaps(String from, String to, int page, int size) {
        return http.page(base + "/rosters/gaps", Query.of("from", from, "to", to).paged(page, size), Gap.class);
    }

    /** 交接班 by the outgoing person; open tickets and cylinder stock are filled in from those modules. */
    public Handover handOver(NewHandover handover) {
        return http.send("POST", base + "/handovers", handover, Handover.class);
    }

    public Handover handover(String id) {
        return http.get(handoverPath(id), Handover.class);
    }

    /** By the incoming person or a shift lead; after that the handover is only annotated. */
    public Handover accept(String id) {
        return http.send("POST", handoverPath(id) + "/accept", null, Handover.class);
    }

    public Handover dispute(String id, Answer reason) {
        return http.send("POST", handoverPath(id) + "/dispute", reason, Handover.class);
    }

    public Handover annotate(String id, Answer note) {
        return http.send("POST", handoverPath(id) + "/annotations", note, Handover.class);
    }

    /** 巡检 task with its interval. */
    public CheckTask createCheck(CheckTask task) {
        return http.send("POST", base + "/checks", task, CheckTask.class);
    }

    public CheckRecord recordCheck(String taskId, CheckRecord record) {
        return http.send("POST", base + "/checks/" + Query.segment(taskId) + "/records", record, CheckRecord.class);
    }

    public Page<Compliance> compliance(String day, int page, int size) {
        return http.page(base + "/checks/compliance", Query.of("day", day).paged(page, size), Compliance.class);
    }

    private String handoverPath(String id) {
        return base + "/handovers/" + Query.segment(id);
    }
}
