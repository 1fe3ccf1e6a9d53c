package com.gasline.duties.internal.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gasline.duties.api.rest.CheckRecord;
import com.gasline.duties.api.rest.CheckTask;
import com.gasline.duties.api.rest.Compliance;
import com.gasline.duties.internal.rules.CheckRounds;
import com.gasline.duties.internal.store.CheckRecordEntity;
import com.gasline.duties.internal.store.CheckTaskEntity;
import com.gasline.duties.internal.store.DutyStore;
import com.gasline.duties.internal.store.ShiftEntity;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/** Periodic checks (巡检) of a position on a shift, their rounds done or missed, and compliance per day. */
@Component(service = Checks.class)
public class Checks {

    /** The id prefix of a task the group's template put in the branch, so the next version replaces it. */
    static final String GROUP_ID = "group-";

    private final DutyStore store;
    private final ObjectMapper json = new ObjectMapper();

    @Activate
    public Checks(@Reference DutyStore store) {
        this.store = store;
    }

    public CheckTask createCheck(String tenant, CheckTask t) {
        check(t);
        return store.in(tenant, em -> {
            Rosters.shift(em, t.shift());
            Positions.position(em, json, store.now(tenant), t.position());
            CheckTaskEntity e = new CheckTaskEntity();
            e.id = UUID.randomUUID().toString();
            em.persist(fill(e, t));
            return view(e);
        });
    }

    /** What a branch may store as a check task; the group's check-task template is checked by the same rule. */
    static void check(CheckTask t) {
        Validation.requireBody(t);
        new Validation().required("name", t.name()).maxLength("name", t.name(), 200).required("position", t.position()).maxLength("position", t.position(), 120)
                .required("shift", t.shift())
                .check(t.intervalMinutes() != null && t.intervalMinutes() >= 5 && t.intervalMinutes() <= 24 * 60, "intervalMinutes",
                        "须在 5 到 1440 分钟之间", "must be 5 to 1440 minutes")
                .throwIfInvalid();
    }

    /**
     * The group's check tasks (by template key) created or replaced in the branch as {@code group-<key>}, the branch's
     * own tasks left alone; all or none: 422 naming {@code tasks[i].shift} or {@code .position} the branch lacks.
     */
    public void adopt(String tenant, Map<String, CheckTask> tasks) {
        store.in(tenant, em -> {
            List<FieldError> missing = new ArrayList<>();
            int i = 0;
            for (CheckTask t : tasks.values()) {
                String at = "tasks[" + i++ + "].";
                if (em.find(ShiftEntity.class, t.shift()) == null) {
                    missing.add(new FieldError(at + "shift", Text.of("本分公司没有这个班次", "the branch has no such shift")));
                }
                try {
                    Positions.position(em, json, store.now(tenant), t.position());
                } catch (ProblemException e) {
                    missing.add(new FieldError(at + "position", Text.of("本分公司没有这个岗位", "the branch has no such position")));
                }
            }
            if (!missing.isEmpty()) {
                throw Problems.ruleViolated(Text.of("本分公司缺少巡检任务所需的班次或岗位", "The branch lacks a shift or position the check tasks need"),
                        missing);
            }
            tasks.forEach((key, t) -> {
                CheckTaskEntity e = em.find(CheckTaskEntity.class, GROUP_ID + key);
                if (e == null) {
                    e = new CheckTaskEntity();
                    e.id = GROUP_ID + key;
                    em.persist(fill(e, t));
                } else {
                    fill(e, t);
                }
            });
            return null;
        });
    }

    private static CheckTaskEntity fill(CheckTaskEntity e, CheckTask t) {
        e.name = t.name();
        e.position = t.position();
        e.shift = t.shift();
        e.intervalMinutes = t.intervalMinutes();
        return e;
    }

    public Page<CheckTask> checks(String tenant, PageRequest page) {
        return store.in(tenant, em -> page.read(em.createQuery("select count(t) from CheckTaskEntity t", Long.class),
                em.createQuery("select t from CheckTaskEntity t order by t.shift, t.name, t.id", CheckTaskEntity.class), Checks::view));
    }

    public CheckTask check(String tenant, String id) {
        return store.in(tenant, em -> view(task(em, id)));
    }

    public CheckRecord record(String tenant, String taskId, LocalDate day, String slot) {
        return store.in(tenant, em -> {
            task(em, taskId);
            CheckRecordEntity e = em.find(CheckRecordEntity.class, taskId + "/" + day + "/" + slot);
            if (e == null) {
                throw Problems.notFound(Text.of("该轮次没有记录", "No record of that round"));
            }
            return new CheckRecord(e.day, e.slot, e.done, e.note, e.byUser);
        });
    }

    private static CheckTaskEntity task(EntityManager em, String id) {
        CheckTaskEntity t = id == null ? null : em.find(CheckTaskEntity.class, id);
        if (t == null) {
            throw Problems.notFound(Text.of("没有这个巡检任务", "No such check"));
        }
        return t;
    }

    private static CheckTask view(CheckTaskEntity e) {
        return new CheckTask(e.id, e.name, e.position, e.shift, e.intervalMinutes);
    }

    /** One round, once: a task, day and slot is recorded a single time. */
    public CheckRecord record(String tenant, Caller caller, String taskId, CheckRecord r) {
        Validation.requireBody(r);
        new Validation().matches("slot", r.slot(), Rosters.TIME, "HH:mm", "HH:mm").required("done", r.done()).maxLength("note", r.note(), 300)
                .throwIfInvalid();
        LocalDate day = r.dayOn() == null ? store.today(tenant) : r.dayOn();
        return store.in(tenant, em -> {
            task(em, taskId);
            String id = taskId + "/" + day + "/" + r.slot();
            if (em.find(CheckRecordEntity.class, id) != null) {
                throw Problems.conflict(Text.of("该轮次已记录", "That round is recorded"));
            }
            CheckRecordEntity e = new CheckRecordEntity();
            e.id = id;
            e.taskId = taskId;
            e.day = day;
            e.slot = r.slot();
            e.done = r.done();
            e.note = r.note();
            e.byUser = caller.username();
            e.at = store.now(tenant);
            em.persist(e);
            return new CheckRecord(day, e.slot, e.done, e.note, e.byUser);
        });
    }

    /** Per task: rounds due in its shift on {@code day} and rounds done; per person: done of what they recorded. */
    public List<Compliance> compliance(String tenant, LocalDate day) {
        return store.in(tenant, em -> {
            List<Compliance> out = new ArrayList<>();
            for (CheckTaskEntity t : em.createQuery("select t from CheckTaskEntity t order by t.name", CheckTaskEntity.class).getResultList()) {
                ShiftEntity shift = em.find(ShiftEntity.class, t.shift);
                int due = CheckRounds.due(LocalTime.parse(shift.starts), LocalTime.parse(shift.ends), t.intervalMinutes);
                List<CheckRecordEntity> records = em.createQuery("select r from CheckRecordEntity r where r.taskId = :t and r.day = :d",
                        CheckRecordEntity.class).setParameter("t", t.id).setParameter("d", day).getResultList();
                int done = (int) records.stream().filter(r -> r.done).count();
                out.add(new Compliance(t.id, t.name, null, due, done, rate(done, due)));
                Map<String, int[]> byPerson = new TreeMap<>();
                records.forEach(r -> {
                    int[] c = byPerson.computeIfAbsent(r.byUser, u -> new int[2]);
                    c[0]++;
                    c[1] += r.done ? 1 : 0;
                });
                byPerson.forEach((u, c) -> out.add(new Compliance(t.id, t.name, u, c[0], c[1], rate(c[1], c[0]))));
            }
            return out;
        });
    }

    private static double rate(int part, int whole) {
        return whole == 0 ? 0 : Math.round(part * 10000.0 / whole) / 10000.0;
    }
}
