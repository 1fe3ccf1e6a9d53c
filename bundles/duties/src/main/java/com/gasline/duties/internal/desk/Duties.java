package com.gasline.duties.internal.desk;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gasline.cylinders.api.CylinderStock;
import com.gasline.duties.api.rest.Assessment;
import com.gasline.duties.api.rest.AssessmentItem;
import com.gasline.duties.api.rest.Assignment;
import com.gasline.duties.api.rest.CheckRecord;
import com.gasline.duties.api.rest.CheckTask;
import com.gasline.duties.api.rest.Compliance;
import com.gasline.duties.api.rest.Gap;
import com.gasline.duties.api.rest.Handover;
import com.gasline.duties.api.rest.NewHandover;
import com.gasline.duties.api.rest.Position;
import com.gasline.duties.api.rest.Roster;
import com.gasline.duties.api.rest.SeatRule;
import com.gasline.duties.api.rest.Shift;
import com.gasline.duties.api.rest.Staff;
import com.gasline.duties.api.rest.Training;
import com.gasline.duties.internal.rules.CheckRounds;
import com.gasline.duties.internal.rules.RosterGaps;
import com.gasline.duties.internal.rules.Scoring;
import com.gasline.duties.internal.store.AnnotationEntity;
import com.gasline.duties.internal.store.AssessmentItemEntity;
import com.gasline.duties.internal.store.CheckRecordEntity;
import com.gasline.duties.internal.store.CheckTaskEntity;
import com.gasline.duties.internal.store.HandoverEntity;
import com.gasline.duties.internal.store.PositionEntity;
import com.gasline.duties.internal.store.RosterEntity;
import com.gasline.duties.internal.store.SeatRuleEntity;
import com.gasline.duties.internal.store.ShiftEntity;
import com.gasline.duties.internal.store.StaffEntity;
import com.gasline.duties.internal.store.TrainingEntity;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Roles;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;
import com.gasline.platform.api.tenant.TenantRegistry;
import com.gasline.platform.api.tenant.UserInfo;
import com.gasline.ticketing.api.TicketQueries;

/**
 * Positions, staff, shifts and rosters, handovers, periodic checks and assessment of one branch.
 * Tickets and cylinder stock come from those modules when the branch has them.
 */
@Component(service = Duties.class)
public class Duties {

    static final Pattern CODE = Pattern.compile("[a-z0-9-]{1,40}");
    static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
    static final int MAX_DAYS = 62;

    private final DutyStore store;
    private final TenantRegistry tenants;
    private final ObjectMapper json = new ObjectMapper();
    private volatile TicketQueries tickets;
    private volatile CylinderStock cylinders;

    @Activate
    public Duties(@Reference DutyStore store, @Reference TenantRegistry tenants) {
        this.store = store;
        this.tenants = tenants;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindTickets(TicketQueries queries) {
        this.tickets = queries;
    }

    void unbindTickets(TicketQueries queries) {
        if (tickets == queries) {
            tickets = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindCylinders(CylinderStock stock) {
        this.cylinders = stock;
    }

    void unbindCylinders(CylinderStock stock) {
        if (cylinders == stock) {
            cylinders = null;
        }
    }

    private boolean enabled(String tenant, String module) {
        return tenants.get(tenant).modules().contains(module);
    }

    // ---- positions

    public List<Position> positions(String tenant) {
        return store.in(tenant, em -> {
            Catalogue.seedOnce(em, json, store.now(tenant));
            return em.createQuery("select p from PositionEntity p order by p.code", PositionEntity.class).getResultList().stream()
                    .map(this::view).toList();
        });
    }

    public Position savePosition(String tenant, String code, Position p, boolean create) {
        Validation.requireBody(p);
        String key = create ? p.code() : code;
        new Validation().matches("code", key, CODE, "小写字母、数字或 -", "lower-case letters, digits or -")
                .required("name", p.name()).maxLength("name", p.name(), 100).maxLength("summary", p.summary(), 1000)
                .check(p.duties() != null && !p.duties().isEmpty(), "duties", "至少一条岗位职责", "at least one duty")
                .check(p.headcount() == null || p.headcount() >= 0, "headcount", "不能为负数", "must not be negative")
                .throwIfInvalid();
        return store.in(tenant, em -> {
            Catalogue.seedOnce(em, json, store.now(tenant));
            PositionEntity e = em.find(PositionEntity.class, key);
            if (create && e != null) {
                throw Problems.conflict(Text.of("岗位编码已存在", "A position with this code exists"));
            }
            if (!create && e == null) {
                throw Problems.notFound(Text.of("没有这个岗位", "No such position"));
            }
            if (!create && p.version() != null && p.version() != e.version) {
                throw Problems.conflict(Text.of("岗位已被他人修改，请刷新后重试", "The position was changed by someone else; reload and retry"));
            }
            PositionEntity saved = entity(e == null ? new PositionEntity() : e, new Position(key, p.name(), p.department(), p.reportsTo(), p.summary(),
                    p.duties(), p.standards(), p.headcount(), null), json);
            if (e == null) {
                em.persist(saved);
            }
            em.flush();
            return view(saved);
        });
    }

    static PositionEntity entity(PositionEntity e, Position p, ObjectMapper json) {
        e.code = p.code();
        e.name = p.name();
        e.department = p.department();
        e.reportsTo = p.reportsTo();
        e.summary = p.summary();
        try {
            e.duties = json.writeValueAsString(p.duties());
            e.standards = json.writeValueAsString(p.standards() == null ? List.of() : p.standards());
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
        e.headcount = p.headcount() == null ? 1 : p.headcount();
        return e;
    }

    private Position view(PositionEntity e) {
        try {
            TypeReference<List<String>> strings = new TypeReference<>() { };
            return new Position(e.code, e.name, e.department, e.reportsTo, e.summary, json.readValue(e.duties, strings),
                    json.readValue(e.standards, strings), e.headcount, e.version);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    // ---- staff

    public Staff addStaff(String tenant, Staff s) {
        Validation.requireBody(s);
        new Validation().required("username", s.username()).required("name", s.name()).maxLength("name", s.name(), 100)
                .required("position", s.position()).throwIfInvalid();
        boolean user = tenants.users(tenant).stream().map(UserInfo::username).anyMatch(s.username()::equals);
        if (!user) {
            throw Problems.ruleViolated(Text.of("本分公司没有这个系统用户", "No such user in this branch"),
                    List.of(new FieldError("username", Text.of("先在平台创建用户", "create the platform user first"))));
        }
        return store.in(tenant, em -> {
            Catalogue.seedOnce(em, json, store.now(tenant));
            if (em.find(PositionEntity.class, s.position()) == null) {
                throw Problems.ruleViolated(Text.of("没有这个岗位", "No such position"), List.of(new FieldError("position", Text.of("不存在", "does not exist"))));
            }
            StaffEntity e = em.find(StaffEntity.class, s.username());
            if (e != null) {
                throw Problems.conflict(Text.of("该员工已登记", "This staff member is registered"));
            }
            e = new StaffEntity();
            e.username = s.username();
            e.name = s.name();
            e.position = s.position();
            e.phone = s.phone();
            e.hiredOn = s.hiredOn();
            em.persist(e);
            return view(em, e);
        });
    }

    public List<Staff> staff(String tenant) {
        return store.in(tenant, em -> em.createQuery("select s from StaffEntity s order by s.position, s.username", StaffEntity.class)
                .getResultList().stream().map(s -> view(em, s)).toList());
    }

    public Staff addTraining(String tenant, String username, Training t) {
        Validation.requireBody(t);
        new Validation().required("day", t.day()).required("course", t.course()).maxLength("course", t.course(), 200)
                .check(t.hours() == null || t.hours() > 0, "hours", "须大于 0", "must be more than 0").throwIfInvalid();
        return store.in(tenant, em -> {
            StaffEntity s = staffMember(em, username);
            TrainingEntity e = new TrainingEntity();
            e.id = UUID.randomUUID().toString();
            e.username = username;
            e.day = t.day();
            e.course = t.course();
            e.hours = t.hours() == null ? 0 : t.hours();
            e.result = t.result();
            em.persist(e);
            em.flush();
            return view(em, s);
        });
    }

    private static StaffEntity staffMember(EntityManager em, String username) {
        StaffEntity s = em.find(StaffEntity.class, username);
        if (s == null) {
            throw Problems.notFound(Text.of("没有这个员工", "No such staff member"));
        }
        return s;
    }

    private static Staff view(EntityManager em, StaffEntity s) {
        List<Training> training = em.createQuery("select t from TrainingEntity t where t.username = :u order by t.day", TrainingEntity.class)
                .setParameter("u", s.username).getResultList().stream().map(t -> new Training(t.day, t.course, t.hours, t.result)).toList();
        return new Staff(s.username, s.name, s.position, s.phone, s.hiredOn, training);
    }

    // ---- shifts, seat rules, rosters

    public Shift createShift(String tenant, Shift s) {
        Validation.requireBody(s);
        new Validation().matches("code", s.code(), CODE, "小写字母、数字或 -", "lower-case letters, digits or -").required("name", s.name())
                .matches("starts", s.starts(), TIME, "HH:mm", "HH:mm").matches("ends", s.ends(), TIME, "HH:mm", "HH:mm")
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

    public List<Shift> shifts(String tenant) {
        return store.in(tenant, em -> em.createQuery("select s from ShiftEntity s order by s.starts", ShiftEntity.class).getResultList().stream()
                .map(Duties::view).toList());
    }

    private static Shift view(ShiftEntity e) {
        return new Shift(e.code, e.name, e.starts, e.ends, e.season);
    }

    public List<SeatRule> changeSeatRules(String tenant, List<SeatRule> rules) {
        Validation.requireBody(rules);
        Validation v = new Validation();
        for (int i = 0; i < rules.size(); i++) {
            SeatRule r = rules.get(i);
            v.required("[" + i + "].position", r == null ? null : r.position());
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
        if (day.isBefore(store.today(tenant))) {
            throw Problems.conflict(Text.of("过去的值班表不能修改", "A past roster is kept as it was"));
        }
        return store.in(tenant, em -> {
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < roster.assignments().size(); i++) {
                Assignment a = roster.assignments().get(i);
                if (a == null || em.find(ShiftEntity.class, a.shift()) == null) {
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
            List<RosterGaps.Duty> duties = duties(em, from.minusDays(1), to).stream()
                    .map(r -> new RosterGaps.Duty(r.day, r.shift, positions.getOrDefault(r.username, ""))).toList();
            return RosterGaps.find(rules, shifts, duties, from, to);
        });
    }

    private static List<RosterEntity> duties(EntityManager em, LocalDate from, LocalDate to) {
        return em.createQuery("select r from RosterEntity r where r.day >= :f and r.day <= :t order by r.day, r.shift, r.username", RosterEntity.class)
                .setParameter("f", from).setParameter("t", to).getResultList();
    }

    public static LocalDate[] period(String from, String to) {
        LocalDate f = Validation.date(from, "from");
        LocalDate t = Validation.date(to, "to");
        new Validation().check(!t.isBefore(f), "to", "不能早于开始日期", "must not be before from")
                .check(!t.isAfter(f.plusDays(MAX_DAYS)), "to", "一次最多查询 " + MAX_DAYS + " 天", "at most " + MAX_DAYS + " days at once").throwIfInvalid();
        return new LocalDate[] { f, t };
    }


    // ---- handover

    public Handover handOver(String tenant, Caller caller, NewHandover h) {
        Validation.requireBody(h);
        new Validation().required("shift", h.shift()).required("incoming", h.incoming())
                .check(h.incoming() == null || !h.incoming().equals(caller.username()), "incoming", "接班人不能是交班人本人", "must be someone else")
                .check(h.cashFen() == null || h.cashFen() >= 0, "cashFen", "不能为负数", "must not be negative")
                .check(h.vouchers() == null || h.vouchers() >= 0, "vouchers", "不能为负数", "must not be negative")
                .maxLength("tools", h.tools(), 1000).maxLength("incidents", h.incidents(), 4000).maxLength("notes", h.notes(), 4000)
                .throwIfInvalid();
        List<String> open = tickets != null && enabled(tenant, "ticketing")
                ? tickets.openTickets(tenant).stream().map(t -> t.ticketNo() + " " + t.type() + " " + t.status()).toList() : List.of();
        List<String> stock = h.point() != null && cylinders != null && enabled(tenant, "cylinders")
                ? cylinders.stock(tenant, h.point()).stream().map(l -> l.spec() + " " + l.status() + " " + l.count()).toList() : List.of();
        return store.in(tenant, em -> {
            if (em.find(ShiftEntity.class, h.shift()) == null) {
                throw Problems.ruleViolated(Text.of("没有这个班次", "No such shift"), List.of(new FieldError("shift", Text.of("不存在", "does not exist"))));
            }
            HandoverEntity e = new HandoverEntity();
            e.id = UUID.randomUUID().toString();
            e.shift = h.shift();
            e.day = h.day() == null ? store.today(tenant) : h.day();
            e.outgoing = caller.username();
            e.incoming = h.incoming();
            e.openTickets = write(open);
            e.cashFen = h.cashFen() == null ? 0 : h.cashFen();
            e.vouchers = h.vouchers() == null ? 0 : h.vouchers();
            e.point = h.point();
            e.cylinderStock = write(stock);
            e.tools = h.tools();
            e.incidents = h.incidents();
            e.notes = h.notes();
            e.status = "RECORDED";
            e.recordedAt = store.now(tenant);
            em.persist(e);
            return view(em, e);
        });
    }

    public Handover handover(String tenant, String id) {
        return store.in(tenant, em -> view(em, handoverEntity(em, id)));
    }

    /** ACCEPTED or DISPUTED by the incoming person (or a shift lead); answered once. */
    public Handover answer(String tenant, Caller caller, String id, boolean accept, String reason) {
        new Validation().check(accept || (reason != null && !reason.isBlank()), "reason", "请说明异议", "say what is disputed")
                .maxLength("reason", reason, 2000).throwIfInvalid();
        return store.in(tenant, em -> {
            HandoverEntity e = handoverEntity(em, id);
            if (!caller.username().equals(e.incoming) && !caller.hasRole(Roles.SHIFT_LEAD)) {
                throw Problems.forbidden(Text.of("只有接班人或值长可以接班", "Only the incoming person or a shift lead may answer"));
            }
            if (!"RECORDED".equals(e.status)) {
                throw Problems.conflict(Text.of("交接班已" + ("ACCEPTED".equals(e.status) ? "接收" : "提出异议") + "，只能补充备注",
                        "The handover is " + e.status.toLowerCase() + "; it can only be annotated"));
            }
            e.status = accept ? "ACCEPTED" : "DISPUTED";
            e.answeredAt = store.now(tenant);
            e.disputeReason = accept ? null : reason;
            if (!caller.username().equals(e.incoming)) {
                annotate(em, e, e.answeredAt, caller.username(), "值长代为" + (accept ? "接班" : "提出异议"));
            }
            return view(em, e);
        });
    }

    public Handover annotate(String tenant, Caller caller, String id, String text) {
        new Validation().required("reason", text).maxLength("reason", text, 2000).throwIfInvalid();
        return store.in(tenant, em -> {
            HandoverEntity e = handoverEntity(em, id);
            annotate(em, e, store.now(tenant), caller.username(), text);
            return view(em, e);
        });
    }

    private static void annotate(EntityManager em, HandoverEntity h, OffsetDateTime at, String by, String text) {
        AnnotationEntity a = new AnnotationEntity();
        a.id = UUID.randomUUID().toString();
        a.handoverId = h.id;
        a.at = at;
        a.byUser = by;
        a.text = text;
        em.persist(a);
        em.flush();
    }

    private static HandoverEntity handoverEntity(EntityManager em, String id) {
        HandoverEntity e = id == null ? null : em.find(HandoverEntity.class, id);
        if (e == null) {
            throw Problems.notFound(Text.of("没有这条交接班记录", "No such handover"));
        }
        return e;
    }

    private Handover view(EntityManager em, HandoverEntity e) {
        List<Handover.Annotation> notes = em.createQuery("select a from AnnotationEntity a where a.handoverId = :h order by a.at", AnnotationEntity.class)
                .setParameter("h", e.id).getResultList().stream().map(a -> new Handover.Annotation(a.at, a.byUser, a.text)).toList();
        return new Handover(e.id, e.shift, e.day, e.outgoing, e.incoming, read(e.openTickets), e.cashFen, e.vouchers, e.point, read(e.cylinderStock),
                e.tools, e.incidents, e.notes, e.status, e.recordedAt, e.answeredAt, e.disputeReason, notes);
    }

    private String write(List<String> list) {
        try {
            return json.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> read(String text) {
        try {
            return text == null ? List.of() : json.readValue(text, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- periodic checks

    public CheckTask createCheck(String tenant, CheckTask t) {
        Validation.requireBody(t);
        new Validation().required("name", t.name()).maxLength("name", t.name(), 200).required("position", t.position()).required("shift", t.shift())
                .check(t.intervalMinutes() != null && t.intervalMinutes() >= 5 && t.intervalMinutes() <= 24 * 60, "intervalMinutes",
                        "须在 5 到 1440 分钟之间", "must be 5 to 1440 minutes")
                .throwIfInvalid();
        return store.in(tenant, em -> {
            if (em.find(ShiftEntity.class, t.shift()) == null) {
                throw Problems.ruleViolated(Text.of("没有这个班次", "No such shift"), List.of(new FieldError("shift", Text.of("不存在", "does not exist"))));
            }
            CheckTaskEntity e = new CheckTaskEntity();
            e.id = UUID.randomUUID().toString();
            e.name = t.name();
            e.position = t.position();
            e.shift = t.shift();
            e.intervalMinutes = t.intervalMinutes();
            em.persist(e);
            return new CheckTask(e.id, e.name, e.position, e.shift, e.intervalMinutes);
        });
    }

    public List<CheckTask> checks(String tenant) {
        return store.in(tenant, em -> em.createQuery("select t from CheckTaskEntity t order by t.shift, t.name", CheckTaskEntity.class)
                .getResultList().stream().map(e -> new CheckTask(e.id, e.name, e.position, e.shift, e.intervalMinutes)).toList());
    }

    public CheckRecord record(String tenant, Caller caller, String taskId, CheckRecord r) {
        Validation.requireBody(r);
        new Validation().matches("slot", r.slot(), TIME, "HH:mm", "HH:mm").required("done", r.done()).maxLength("note", r.note(), 500).throwIfInvalid();
        LocalDate day = r.day() == null ? store.today(tenant) : r.day();
        return store.in(tenant, em -> {
            if (em.find(CheckTaskEntity.class, taskId) == null) {
                throw Problems.notFound(Text.of("没有这个巡检任务", "No such check"));
            }
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

    // ---- assessment

    public AssessmentItem addItem(String tenant, Caller caller, AssessmentItem item) {
        Validation.requireBody(item);
        new Validation().required("username", item.username()).required("points", item.points())
                .check(item.points() == null || Math.abs(item.points()) <= 50, "points", "单项加减分不超过 50", "at most 50 points either way")
                .required("reason", item.reason()).maxLength("reason", item.reason(), 500).throwIfInvalid();
        YearMonth month = month(item.month());
        return store.in(tenant, em -> {
            staffMember(em, item.username());
            AssessmentItemEntity e = new AssessmentItemEntity();
            e.id = UUID.randomUUID().toString();
            e.username = item.username();
            e.month = month.toString();
            e.points = item.points();
            e.reason = item.reason();
            e.byUser = caller.username();
            e.at = store.now(tenant);
            em.persist(e);
            return new AssessmentItem(e.username, e.month, e.points, e.reason);
        });
    }

    /** The month's scores, ranked within each position by the sum of this and the two months before. */
    public List<Assessment> assessments(String tenant, String monthText) {
        YearMonth month = month(monthText);
        List<YearMonth> window = List.of(month.minusMonths(2), month.minusMonths(1), month);
        Map<YearMonth, Map<String, TicketQueries.HandlerStats>> ticketStats = new HashMap<>();
        if (tickets != null && enabled(tenant, "ticketing")) {
            for (YearMonth m : window) {
                Map<String, TicketQueries.HandlerStats> byUser = new HashMap<>();
                tickets.handlerStats(tenant, m).forEach(s -> byUser.put(s.username(), s));
                ticketStats.put(m, byUser);
            }
        }
        return store.in(tenant, em -> {
            List<StaffEntity> staff = em.createQuery("select s from StaffEntity s", StaffEntity.class).getResultList();
            Map<String, Map<String, Double>> partsNow = new HashMap<>();
            Map<String, Map<String, Double>> windowByPosition = new HashMap<>();
            for (StaffEntity s : staff) {
                double sum = 0;
                for (YearMonth m : window) {
                    int manual = em.createQuery("select i from AssessmentItemEntity i where i.username = :u and i.month = :m", AssessmentItemEntity.class)
                            .setParameter("u", s.username).setParameter("m", m.toString()).getResultList().stream().mapToInt(i -> i.points).sum();
                    TicketQueries.HandlerStats t = ticketStats.getOrDefault(m, Map.of()).get(s.username);
                    Map<String, Double> parts = Scoring.parts(t == null ? null : t.resolved(), t == null ? null : t.resolvedOnTime(),
                            t == null ? null : t.meanSatisfaction(), manual);
                    sum += Scoring.total(parts);
                    if (m.equals(month)) {
                        partsNow.put(s.username, parts);
                    }
                }
                windowByPosition.computeIfAbsent(s.position, p -> new HashMap<>()).put(s.username, sum);
            }
            List<Assessment> out = new ArrayList<>();
            for (var position : new TreeMap<>(windowByPosition).entrySet()) {
                List<Scoring.Ranked> ranked = Scoring.rank(position.getValue());
                for (Scoring.Ranked r : ranked) {
                    StaffEntity s = staff.stream().filter(x -> x.username.equals(r.username())).findFirst().orElseThrow();
                    Map<String, Double> parts = partsNow.get(r.username());
                    out.add(new Assessment(s.username, s.name, s.position, month.toString(), Scoring.total(parts), parts, r.score(), r.rank(), ranked.size(),
                            r.band()));
                }
            }
            return out;
        });
    }

    static YearMonth month(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text);
        } catch (DateTimeParseException e) {
            throw Problems.validation(List.of(new FieldError("month", Text.of("格式为 YYYY-MM", "format YYYY-MM"))));
        }
    }
}
