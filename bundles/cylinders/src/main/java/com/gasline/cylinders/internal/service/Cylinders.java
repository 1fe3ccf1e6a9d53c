package com.gasline.cylinders.internal.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.cylinders.api.rest.Cylinder;
import com.gasline.cylinders.api.rest.Inspected;
import com.gasline.cylinders.api.rest.Movement;
import com.gasline.cylinders.api.rest.NewCylinder;
import com.gasline.cylinders.api.rest.Note;
import com.gasline.cylinders.api.rest.Transfer;
import com.gasline.cylinders.internal.rules.Issuing;
import com.gasline.cylinders.internal.rules.StockMoves;
import com.gasline.cylinders.internal.store.CylinderEntity;
import com.gasline.cylinders.internal.store.CylinderStore;
import com.gasline.cylinders.internal.store.MovementEntity;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.Roles;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/** The cylinder registry (钢瓶) and every move of a cylinder: registration, rejection, inspection, deliveries and dispatches. */
@Component(service = Cylinders.class)
public class Cylinders {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{1,32}");
    static final Pattern SPEC = Pattern.compile("YSP-[0-9]{1,3}(\\.[0-9])?");

    private final CylinderStore store;

    @Activate
    public Cylinders(@Reference CylinderStore store) {
        this.store = store;
    }

    public Cylinder register(String tenant, Caller caller, NewCylinder c) {
        Validation.requireBody(c);
        new Validation().matches("serial", c.serial(), CODE, "钢印号为字母、数字或 -", "letters, digits or -")
                .matches("spec", c.spec(), SPEC, "如 YSP-15、YSP-50", "e.g. YSP-15, YSP-50")
                .check(c.owner() == null || Set.of("COMPANY", "CUSTOMER").contains(c.owner()), "owner", "只能是 COMPANY 或 CUSTOMER",
                        "must be COMPANY or CUSTOMER")
                .check(!"CUSTOMER".equals(c.owner()) || c.ownerName() != null, "ownerName", "客户自有钢瓶须填写户主", "required for customer-owned cylinders")
                .check(c.nextInspectionOn() != null || c.lastInspectedOn() != null, "lastInspectedOn", "须填写上次检验日期或下次检验日期",
                        "give the last or the next inspection date")
                .check(c.status() == null || Set.of(Issuing.FULL, Issuing.EMPTY).contains(c.status())
                        || (Issuing.WITH_CUSTOMER.equals(c.status()) && "CUSTOMER".equals(c.owner())), "status",
                        "登记时只能是 FULL、EMPTY，或客户自有钢瓶 WITH_CUSTOMER", "must be FULL, EMPTY or, for a customer's own cylinder, WITH_CUSTOMER")
                .required("point", c.point()).maxLength("point", c.point(), 32).maxLength("ownerName", c.ownerName(), 100)
                .throwIfInvalid();
        store.in(tenant, em -> {
            Points.point(em, caller, c.point(), LockModeType.NONE);
            if (em.find(CylinderEntity.class, c.serial()) != null) {
                throw Problems.conflict(Text.of("钢瓶 " + c.serial() + " 已登记", "Cylinder " + c.serial() + " is already registered"));
            }
            CylinderEntity e = new CylinderEntity();
            e.serial = c.serial();
            e.spec = c.spec();
            e.owner = c.owner() == null ? "COMPANY" : c.owner();
            e.ownerName = c.ownerName();
            e.manufacturedOn = c.manufacturedOn();
            e.lastInspectedOn = c.lastInspectedOn();
            e.nextInspectionOn = c.nextInspectionOn() != null ? c.nextInspectionOn() : Issuing.nextInspection(c.lastInspectedOn());
            e.scrapOn = c.scrapOn();
            e.status = c.status() == null ? Issuing.FULL : c.status();
            boolean atCustomer = Issuing.WITH_CUSTOMER.equals(e.status);
            e.location = atCustomer ? "CUSTOMER" : "POINT";
            e.locationName = atCustomer ? c.ownerName() : c.point();
            em.persist(e);
            move(em, e, store.now(tenant), caller.username(), "REGISTER", null, null, e.status, e.location + " " + e.locationName,
                    "登记于 " + c.point());
            return null;
        });
        return cylinder(tenant, c.serial());
    }

    /** The cylinder with every movement it made. */
    public Cylinder cylinder(String tenant, String serial) {
        return store.in(tenant, em -> {
            CylinderEntity c = em.find(CylinderEntity.class, serial);
            if (c == null) {
                throw Problems.notFound(Text.of("没有这个钢瓶", "No such cylinder"));
            }
            List<Movement> moves = em.createQuery("select m from MovementEntity m where m.serial = :s order by m.at, m.id", MovementEntity.class)
                    .setParameter("s", serial).getResultList().stream()
                    .map(m -> new Movement(m.at, m.actor, m.action, m.fromStatus, m.toStatus, m.fromLocation, m.toLocation, m.note)).toList();
            return view(c, moves);
        });
    }

    /** Cylinders due for inspection within {@code days} (default 30), at one point or everywhere; scrapped ones are done with. */
    public Page<Cylinder> due(String tenant, Caller caller, Integer days, String point, PageRequest page) {
        new Validation().check(days == null || (days >= 0 && days <= 366), "days", "须在 0 到 366 之间", "must be 0 to 366").throwIfInvalid();
        LocalDate until = store.today(tenant).plusDays(days == null ? 30 : days);
        return store.in(tenant, em -> {
            if (point != null) {
                Points.point(em, caller, point, LockModeType.NONE);
            }
            String where = " where c.nextInspectionOn <= :until and c.status <> 'SCRAPPED'"
                    + (point == null ? "" : " and c.location = 'POINT' and c.locationName = :p");
            var count = em.createQuery("select count(c) from CylinderEntity c" + where, Long.class).setParameter("until", until);
            var query = em.createQuery("select c from CylinderEntity c" + where + " order by c.nextInspectionOn, c.serial", CylinderEntity.class)
                    .setParameter("until", until);
            if (point != null) {
                count.setParameter("p", point);
                query.setParameter("p", point);
            }
            return page.read(count, query, c -> view(c, List.of()));
        });
    }

    /** 不合格剔除: a full or empty cylinder taken out of use, with the reason. */
    public Cylinder reject(String tenant, Caller caller, String serial, Note note) {
        String reason = note == null ? null : note.reason();
        new Validation().check(reason != null && !reason.isBlank(), "reason", "请填写剔除原因", "the reason is required")
                .maxLength("reason", reason, 500).throwIfInvalid();
        return change(tenant, caller, serial, "REJECT", reason, null);
    }

    public Cylinder sendToInspection(String tenant, Caller caller, String serial, Note note) {
        return change(tenant, caller, serial, "SEND_INSPECTION", note == null ? null : note.reason(), null);
    }

    /** Back from the inspection station: passed ones go empty to a point with a new inspection date, failed ones are scrapped. */
    public Cylinder inspected(String tenant, Caller caller, String serial, Inspected result) {
        return change(tenant, caller, serial, "INSPECTED", null, result);
    }

    private Cylinder change(String tenant, Caller caller, String serial, String action, String note, Inspected result) {
        new Validation().maxLength("reason", note, 500).throwIfInvalid();
        store.in(tenant, em -> {
            CylinderEntity c = em.find(CylinderEntity.class, serial);
            if (c == null) {
                throw Problems.notFound(Text.of("没有这个钢瓶", "No such cylinder"));
            }
            String from = c.location + " " + (c.locationName == null ? "" : c.locationName);
            String fromStatus = c.status;
            switch (action) {
                case "REJECT" -> {
                    atOwnPoint(em, caller, c);
                    requireStatus(c, Issuing.FULL, Issuing.EMPTY);
                    c.status = Issuing.REJECTED;
                }
                case "SEND_INSPECTION" -> {
                    atOwnPoint(em, caller, c);
                    requireStatus(c, Issuing.EMPTY, Issuing.AWAITING_INSPECTION, Issuing.REJECTED, Issuing.FULL);
                    c.status = Issuing.AWAITING_INSPECTION;
                    c.location = "STATION";
                    c.locationName = "检验站";
                }
                case "INSPECTED" -> {
                    new Validation().check(result != null && result.passed() != null, "passed", "须填写检验结论", "the result is required")
                            .check(result == null || !Boolean.TRUE.equals(result.passed()) || result.point() != null, "point", "合格钢瓶须指定入库调瓶点",
                                    "a passed cylinder needs a point")
                            .throwIfInvalid();
                    if (!"STATION".equals(c.location)) {
                        throw Problems.conflict(Text.of("钢瓶不在检验站", "The cylinder is not at the inspection station"));
                    }
                    if (result.passed()) {
                        Points.point(em, caller, result.point(), LockModeType.NONE);
                        LocalDate inspected = result.inspectedOn() == null ? store.today(tenant) : result.inspectedOn();
                        c.lastInspectedOn = inspected;
                        c.nextInspectionOn = result.nextInspectionOn() != null ? result.nextInspectionOn() : Issuing.nextInspection(inspected);
                        c.status = Issuing.EMPTY;
                        c.location = "POINT";
                        c.locationName = result.point();
                    } else {
                        c.status = Issuing.SCRAPPED;
                        c.scrapOn = store.today(tenant);
                    }
                }
                default -> throw new IllegalArgumentException(action);
            }
            move(em, c, store.now(tenant), caller.username(), action, fromStatus, from, c.status,
                    c.location + " " + (c.locationName == null ? "" : c.locationName), note == null && result != null ? result.note() : note);
            return null;
        });
        return cylinder(tenant, serial);
    }

    /** A delivery of full cylinders to a point: each was empty at that point or at the filling station. */
    public void deliver(String tenant, Caller caller, String point, Transfer transfer) {
        Validation.requireBody(transfer);
        transfer(tenant, caller, point, transfer.serials(), c -> StockMoves.delivered(c.serial, c.status, c.location, c.locationName, point),
                "DELIVER", transfer.note());
    }

    /** Empties of the point sent back to the filling station. */
    public void dispatch(String tenant, Caller caller, String point, Transfer transfer) {
        Validation.requireBody(transfer);
        transfer(tenant, caller, point, transfer.serials(), c -> StockMoves.dispatched(c.serial, c.status, c.location, c.locationName, point), "DISPATCH",
                transfer.note());
    }

    private void transfer(String tenant, Caller caller, String point, List<String> serials, Function<CylinderEntity, StockMoves.Place> move,
            String action, String note) {
        new Validation().check(serials != null && !serials.isEmpty() && serials.size() <= 500, "serials", "须列出 1 到 500 个钢瓶",
                "list 1 to 500 cylinders").requireEach("serials", serials).maxLengthEach("serials", serials, 40).maxLength("note", note, 500)
                .throwIfInvalid();
        store.in(tenant, em -> {
            Points.point(em, caller, point, LockModeType.PESSIMISTIC_WRITE);
            OffsetDateTime now = store.now(tenant);
            for (int i = 0; i < serials.size(); i++) {
                String serial = serials.get(i);
                CylinderEntity c = em.find(CylinderEntity.class, serial);
                if (c == null) {
                    throw Problems.ruleViolated(Text.of("钢瓶 " + serial + " 未登记", "Cylinder " + serial + " is not registered"),
                            List.of(new FieldError("serials[" + i + "]", Text.of("未登记", "not registered"))));
                }
                StockMoves.Place to = move.apply(c);
                move(em, c, now, caller.username(), action, c.status, c.location + " " + c.locationName, to.status(),
                        to.location() + " " + to.locationName(), note);
                place(c, to);
            }
            return null;
        });
    }

    private static void atOwnPoint(EntityManager em, Caller caller, CylinderEntity c) {
        if ("POINT".equals(c.location)) {
            Points.point(em, caller, c.locationName, LockModeType.NONE);
        } else if (!caller.hasRole(Roles.BRANCH_ADMIN)) {
            throw Problems.forbidden(Text.of("钢瓶不在您的调瓶点", "The cylinder is not at your point"));
        }
    }

    private static void requireStatus(CylinderEntity c, String... allowed) {
        StockMoves.requireStatus(c.serial, c.status, allowed);
    }

    /** Puts the cylinder where a stock movement leaves it. */
    static void place(CylinderEntity c, StockMoves.Place to) {
        c.status = to.status();
        c.location = to.location();
        c.locationName = to.locationName();
    }

    /** Every change of a cylinder is kept as a movement. */
    static void move(EntityManager em, CylinderEntity c, OffsetDateTime at, String actor, String action, String fromStatus, String fromLocation,
            String toStatus, String toLocation, String note) {
        MovementEntity m = new MovementEntity();
        m.id = UUID.randomUUID().toString();
        m.serial = c.serial;
        m.at = at;
        m.actor = actor;
        m.action = action;
        m.fromStatus = fromStatus;
        m.toStatus = toStatus;
        m.fromLocation = fromLocation;
        m.toLocation = toLocation;
        m.note = note;
        em.persist(m);
    }

    private static Cylinder view(CylinderEntity c, List<Movement> moves) {
        return new Cylinder(c.serial, c.spec, c.owner, c.ownerName, c.manufacturedOn, c.lastInspectedOn, c.nextInspectionOn, c.scrapOn, c.status,
                c.location, c.locationName, moves, c.version);
    }
}
