package com.gasline.duties.internal.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gasline.duties.api.rest.Assignment;
import com.gasline.duties.api.rest.Gap;
import com.gasline.duties.api.rest.Roster;
import com.gasline.duties.api.rest.SeatRule;
import com.gasline.duties.api.rest.Shift;
import com.gasline.duties.internal.rules.RosterGaps;
import com.gasline.duties.internal.store.DutyStore;
import com.gasline.duties.internal.store.RosterEntity;
import com.gasline.duties.internal.store.SeatRuleEntity;
import com.gasline.duties.internal.store.ShiftEntity;
import com.gasline.duties.internal.store.PositionEntity;
import com.gasline.duties.internal.store.StaffEntity;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Roles;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/** Shifts, seat rules (how many of a position must be on at which hours), the rosters per day and their gaps. */
@Component(service = Rosters.class)
public class Rosters {

    static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
    static final int MAX_DAYS = 62;

    private final DutyStore store;
    private final ObjectMapper json = new ObjectMapper();

    @Activate
    public Rosters(@Reference DutyStore store) {
        this.store = store;
    }

    public Shift createShift(String tenant, Shift s) {
        Validation.requireBody(s);
        new Validation().matches("code", s.code(), Positions.CODE, "小写字母、数字或 -", "lower-case letters, digits or -").required("name", s.name())
                .maxLength("name", s.name(), 300).matches("starts", s.starts(), TIME, "HH:mm", "HH:mm").matches("ends", s.ends(), TIME, "HH:mm", "HH:mm")
                .check(s.starts() == null || !s.starts().equals(s.ends()), "ends", "不能与开始时间相同", "must differ from starts")
                .check(s.season() == null || Set.of("ALL", "SUMMER", "WINTER").contains(s.season()), "season", "只能是 ALL、SUMMER 或 WINTER",
                        "must be ALL, SUMMER or WINTER")
                .throwIfInvalid();
        return store.in(tenant, em -> {
            if (em.find(ShiftEntity.class, s.code()) != null) {
                throw Problems.conflict(Text.of("班次编码已存在", "A shift with this code exists"));
            }
            ShiftEntity e = new ShiftEntity();
            e.code = s.code();
            e.name = s.name();
            e.starts = s.starts();
            e.ends = s.ends();
            e.season = s.season() == null ? "ALL" : s.season();
            em.persist(e);
            return view(e);
        });
    }

    public Page<Shift> shifts(String tenant, PageRequest page) {
        return store.in(tenant, em -> page.read(em.createQuery("select count(s) from ShiftEntity s", Long.class),
                em.createQuery("select s from ShiftEntity s order by s.starts, s.code", ShiftEntity.class), Rosters::view));
    }

    public Shift shift(String tenant, String code) {
        return store.in(tenant, em -> {
            ShiftEntity s = code == null ? null : em.find(ShiftEntity.class, code);
            if (s == null) {
                throw Problems.notFound(Text.of("没有这个班次", "No such shift"));
            }
            return view(s);
        });
    }

    private static Shift view(ShiftEntity e) {
        return new Shift(e.code, e.name, e.starts, e.ends, e.season);
    }

    /** 422 naming the field when the branch has no such shift. */
    static ShiftEntity shift(EntityManager em, String code) {
        ShiftEntity s = code == null ? null : em.find(ShiftEntity.class, code);
        if (s == null) {
            throw Problems.ruleViolated(Text.of("没有这个班次", "No such shift"), List.of(new FieldError("shift", Text.of("不存在", "does not exist"))));
        }
        return s;
    }

    public List<SeatRule> changeSeatRules(String tenant, List<SeatRule> rules) {
        Validation.requireBody(rules);
        Validation v = new Validation();
        for (int i = 0; i < rules.size(); i++) {
            SeatRule r = rules.get(i);
            v.required("[" + i + "].position", r == null ? null : r.position()).maxLength("[" + i + "].position", r == null ? null : r.position(), 120);
            if (r != null) {
                v.check(hour(r.from()) != null, "[" + i + "].from", "整点 HH:00", "a whole hour HH:00")
                        .check(hour(r.to()) != null && (hour(r.from()) == null || hour(r.to()) > hour(r.from())), "[" + i + "].to",
                                "整点 HH:00，且晚于开始（全天为 24:00）", "a whole hour after from (24:00 for midnight)")
                        .check(r.minSeats() != null && r.minSeats() >= 1 && r.minSeats() <= 100, "[" + i + "].minSeats", "须在 1 到 100 之间",
                                "must be 1 to 100");
            }
        }
        v.throwIfInvalid();
        return store.in(tenant, em -> {
            Catalogue.seedOnce(em, json, store.now(tenant));
            List<FieldError> unknown = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                if (em.find(PositionEntity.class, rules.get(i).position()) == null) {
                    unknown.add(new FieldError("[" + i + "].position", Text.of("没有这个岗位", "no such position")));
                }
            }
            if (!unknown.isEmpty()) {
                throw Problems.ruleViolated(Text.of("座席规则中有未知的岗位", "The seat rules name unknown positions"), unknown);
            }
            em.createQuery("select r from SeatRuleEntity r", SeatRuleEntity.class).getResultList().forEach(em::remove);
            for (SeatRule r : rules) {
                SeatRuleEntity e = new SeatRuleEntity();
                e.id = UUID.randomUUID().toString();
                e.position = r.position();
                e.fromHour = hour(r.from());
                e.toHour = hour(r.to());
                e.minSeats = r.minSeats();
                em.persist(e);
            }
            return rules;
        });
    }

    public List<SeatRule> seatRules(String tenant) {
        return store.in(tenant, em -> em.createQuery("select r from SeatRuleEntity r order by r.position, r.fromHour", SeatRuleEntity.class)
                .getResultList().stream().map(r -> new SeatRule(r.position, String.format("%02d:00", r.fromHour), String.format("%02d:00", r.toHour),
                        r.minSeats)).toList());
    }

    private static Integer hour(String hhmm) {
        if (hhmm == null || !hhmm.matches("([01][0-9]|2[0-4]):00")) {
            return null;
        }
        return Integer.parseInt(hhmm.substring(0, 2));
    }

    public Roster plan(String tenant, LocalDate day, Roster roster) {
        new Validation().check(roster != null && roster.assignments() != null, "assignments", "缺少排班", "assignments are required").throwIfInvalid();
        Validation v = new Validation().maxLength("holiday", roster.holiday(), 300);
        for (int i = 0; i < roster.assignments().size(); i++) {
            Assignment a = roster.assignments().get(i);
            v.required("assignments[" + i + "].shift", a == null ? null : a.shift())
                    .required("assignments[" + i + "].username", a == null ? null : a.username());
        }
        v.throwIfInvalid();
        if (day.isBefore(store.today(tenant))) {
            throw Problems.conflict(Text.of("过去的值班表不能修改", "A past roster is kept as it was"));
        }
        return store.in(tenant, em -> {
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < roster.assignments().size(); i++) {
                Assignment a = roster.assignments().get(i);
                if (em.find(ShiftEntity.class, a.shift()) == null) {
                    errors.add(new FieldError("assignments[" + i + "].shift", Text.of("没有这个班次", "no such shift")));
                } else if (em.find(StaffEntity.class, a.username()) == null) {
                    errors.add(new FieldError("assignments[" + i + "].username", Text.of("没有这个员工", "no such staff member")));
                }
            }
            if (!errors.isEmpty()) {
                throw Problems.ruleViolated(Text.of("排班中有未知的班次或员工", "The roster names unknown shifts or staff"), errors);
            }
            em.createQuery("select r from RosterEntity r where r.day = :d", RosterEntity.class).setParameter("d", day).getResultList().forEach(em::remove);
            em.flush();
            for (Assignment a : roster.assignments()) {
                RosterEntity e = new RosterEntity();
                e.id = day + "/" + a.shift() + "/" + a.username();
                e.day = day;
                e.shift = a.shift();
                e.username = a.username();
                e.holiday = roster.holiday();
                if (em.find(RosterEntity.class, e.id) == null) {
                    em.persist(e);
                }
            }
            return new Roster(day, roster.holiday(), roster.assignments());
        });
    }

    /** Rosters of the period; people without a planning role see only their own shifts. */
    public List<Roster> rosters(String tenant, Caller caller, LocalDate from, LocalDate to) {
        boolean all = caller.hasAnyRole(Set.of(Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR));
        return store.in(tenant, em -> {
            Map<LocalDate, List<RosterEntity>> byDay = new TreeMap<>();
            for (RosterEntity r : duties(em, from, to)) {
                if (all || r.username.equals(caller.username())) {
                    byDay.computeIfAbsent(r.day, d -> new ArrayList<>()).add(r);
                }
            }
            List<Roster> out = new ArrayList<>();
            byDay.forEach((d, list) -> out.add(new Roster(d, list.get(0).holiday, list.stream().map(r -> new Assignment(r.shift, r.username)).toList())));
            return out;
        });
    }

    public List<Gap> gaps(String tenant, LocalDate from, LocalDate to) {
        return store.in(tenant, em -> {
            List<RosterGaps.Seats> rules = em.createQuery("select r from SeatRuleEntity r", SeatRuleEntity.class).getResultList().stream()
                    .map(r -> new RosterGaps.Seats(r.position, r.fromHour, r.toHour, r.minSeats)).toList();
            Map<String, RosterGaps.ShiftSpan> shifts = new HashMap<>();
            em.createQuery("select s from ShiftEntity s", ShiftEntity.class).getResultList()
                    .forEach(s -> shifts.put(s.code, new RosterGaps.ShiftSpan(s.code, LocalTime.parse(s.starts), LocalTime.parse(s.ends), s.season)));
            Map<String, String> positions = new HashMap<>();
            em.createQuery("select s from StaffEntity s", StaffEntity.class).getResultList().forEach(s -> positions.put(s.username, s.position));
            // last night's shift covers the early hours of the first day
            List<RosterGaps.Duty> duties = duties(em, from.minusDays(1), to).stream()
                    .map(r -> new RosterGaps.Duty(r.day, r.shift, positions.getOrDefault(r.username, ""))).toList();
            return RosterGaps.find(rules, shifts, duties, from, to);
        });
    }

    private static List<RosterEntity> duties(EntityManager em, LocalDate from, LocalDate to) {
        return em.createQuery("select r from RosterEntity r where r.day >= :f and r.day <= :t order by r.day, r.shift, r.username", RosterEntity.class)
                .setParameter("f", from).setParameter("t", to).getResultList();
    }

    /** {@code from}/{@code to} of a roster query; 400 when missing, malformed, reversed or longer than {@value #MAX_DAYS} days. */
    public static LocalDate[] period(String from, String to) {
        LocalDate f = Validation.date(from, "from");
        LocalDate t = Validation.date(to, "to");
        new Validation().check(!t.isBefore(f), "to", "不能早于开始日期", "must not be before from")
                .check(!t.isAfter(f.plusDays(MAX_DAYS)), "to", "一次最多查询 " + MAX_DAYS + " 天", "at most " + MAX_DAYS + " days at once").throwIfInvalid();
        return new LocalDate[] { f, t };
    }
}
