package com.gasline.cylinders.internal.point;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.cylinders.api.CylinderStock;
import com.gasline.cylinders.api.rest.Inspected;
import com.gasline.cylinders.api.rest.NewCylinder;
import com.gasline.cylinders.api.rest.NewExchange;
import com.gasline.cylinders.api.rest.NewPoint;
import com.gasline.cylinders.api.rest.NewRemittance;
import com.gasline.cylinders.api.rest.SafetyCheck;
import com.gasline.cylinders.api.rest.StockCount;
import com.gasline.cylinders.internal.rules.Issuing;
import com.gasline.cylinders.internal.rules.Reconciliation;
import com.gasline.cylinders.internal.store.CheckEntity;
import com.gasline.cylinders.internal.store.CylinderEntity;
import com.gasline.cylinders.internal.store.ExchangeEntity;
import com.gasline.cylinders.internal.store.MovementEntity;
import com.gasline.cylinders.internal.store.PointEntity;
import com.gasline.cylinders.internal.store.RemittanceEntity;
import com.gasline.cylinders.internal.store.StockCountEntity;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Roles;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/** Points, cylinders and what happens to them; every change of a cylinder is a movement. */
@Component(service = { Yard.class, CylinderStock.class })
public class Yard implements CylinderStock {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{1,32}");
    static final Pattern SPEC = Pattern.compile("YSP-[0-9]{1,3}(\\.[0-9])?");

    private final CylinderStore store;

    @Activate
    public Yard(@Reference CylinderStore store) {
        this.store = store;
    }

    public PointEntity createPoint(String tenant, NewPoint p) {
        Validation.requireBody(p);
        new Validation().matches("code", p.code(), CODE, "字母、数字或 -，最多 32 位", "letters, digits or -, at most 32")
                .required("name", p.name()).maxLength("name", p.name(), 100).required("address", p.address()).maxLength("address", p.address(), 300)
                .maxLength("hours", p.hours(), 100)
                .check(p.lowStockThreshold() == null || p.lowStockThreshold() >= 0, "lowStockThreshold", "不能为负数", "must not be negative")
                .throwIfInvalid();
        return store.in(tenant, em -> {
            if (em.find(PointEntity.class, p.code()) != null) {
                throw Problems.conflict(Text.of("调瓶点编号已存在", "A point with this code exists"));
            }
            PointEntity e = new PointEntity();
            e.code = p.code();
            e.name = p.name().trim();
            e.address = p.address().trim();
            e.hours = p.hours();
            e.staff = p.staff() == null ? "" : String.join(",", p.staff());
            e.lowStockThreshold = p.lowStockThreshold() == null ? 10 : p.lowStockThreshold();
            em.persist(e);
            return e;
        });
    }

    /** Clerks act at the points that list them as staff; branch admins everywhere. 404 for an unknown point. */
    static PointEntity point(EntityManager em, Caller caller, String code, LockModeType lock) {
        PointEntity p = code == null ? null : em.find(PointEntity.class, code, lock);
        if (p == null) {
            throw Problems.notFound(Text.of("没有这个调瓶点", "No such exchange point"));
        }
        if (!caller.hasAnyRole(Set.of(Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD)) && !staff(p).contains(caller.username())) {
            throw Problems.forbidden(Text.of("您不是该调瓶点的营业员", "You are not a clerk of this point"));
        }
        return p;
    }

    static List<String> staff(PointEntity p) {
        return p.staff == null || p.staff.isEmpty() ? List.of() : Arrays.asList(p.staff.split(","));
    }

    public CylinderEntity register(String tenant, Caller caller, NewCylinder c) {
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
                .required("point", c.point())
                .throwIfInvalid();
        return store.in(tenant, em -> {
            point(em, caller, c.point(), LockModeType.NONE);
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
            move(em, e, store.now(tenant), caller.username(), "REGISTER", null, null, e.status, e.location + " " + e.locationName, "登记于 " + c.point());
            return e;
        });
    }

    /**
     * 调换 under the point's row lock: exchanges at one point run one after the other, so two clerks can
     * never hand out the same cylinder and the stock never goes below zero.
     */
    public ExchangeEntity exchange(String tenant, Caller caller, NewExchange x) {
        Validation.requireBody(x);
        new Validation().required("point", x.point()).matches("spec", x.spec(), SPEC, "如 YSP-15、YSP-50", "e.g. YSP-15, YSP-50")
                .required("priceFen", x.priceFen())
                .check(x.priceFen() == null || x.priceFen() >= 0, "priceFen", "金额（分）不能为负数", "must not be negative")
                .check(x.payment() == null || Set.of("CASH", "VOUCHER").contains(x.payment()), "payment", "只能是 CASH 或 VOUCHER", "must be CASH or VOUCHER")
                .check(!"VOUCHER".equals(x.payment()) || (x.vouchers() != null && x.vouchers() >= 1), "vouchers", "用气票支付须填写张数",
                        "the number of vouchers is required")
                .maxLength("customer", x.customer(), 100)
                .throwIfInvalid();
        LocalDate today = store.today(tenant);
        OffsetDateTime now = store.now(tenant);
        return store.in(tenant, em -> {
            point(em, caller, x.point(), LockModeType.PESSIMISTIC_WRITE);
            CylinderEntity issued = x.issuedSerial() != null ? em.find(CylinderEntity.class, x.issuedSerial()) : firstIssuable(em, x.point(), x.spec(), today);
            if (issued == null) {
                if (x.issuedSerial() != null) {
                    throw Problems.ruleViolated(Text.of("钢瓶 " + x.issuedSerial() + " 未登记", "Cylinder " + x.issuedSerial() + " is not registered"),
                            List.of(new FieldError("issuedSerial", Text.of("未登记", "not registered"))));
                }
                throw Problems.ruleViolated(Text.of("本点没有可发出的 " + x.spec() + " 满瓶", "This point has no full " + x.spec() + " cylinder to issue"),
                        List.of(new FieldError("spec", Text.of("无库存", "out of stock"))));
            }
            List<FieldError> why = Issuing.refusals(issued.serial, issued.status, issued.spec, issued.location, issued.locationName,
                    issued.nextInspectionOn, issued.scrapOn, x.spec(), x.point(), today);
            if (!why.isEmpty()) {
                throw Issuing.refused(why);
            }
            boolean returnedDue = false;
            String advice = null;
            CylinderEntity returned = null;
            if (x.returnedSerial() != null) {
                returned = em.find(CylinderEntity.class, x.returnedSerial());
                if (returned == null || !returned.spec.equals(x.spec()) || !Issuing.WITH_CUSTOMER.equals(returned.status)) {
                    throw Problems.ruleViolated(Text.of("交回的钢瓶未登记、规格不符或不在用户手中", "The returned cylinder is unknown, of another spec or not with a customer"),
                            List.of(new FieldError("returnedSerial", Text.of("无法收回", "cannot be taken back"))));
                }
                returnedDue = Issuing.due(returned.nextInspectionOn, today);
            }
            ExchangeEntity e = new ExchangeEntity();
            e.id = UUID.randomUUID().toString();
            e.point = x.point();
            e.day = today;
            e.at = now;
            e.clerk = caller.username();
            e.customer = x.customer();
            e.customerPhone = x.customerPhone();
            e.spec = x.spec();
            e.issuedSerial = issued.serial;
            e.returnedSerial = x.returnedSerial();
            e.priceFen = x.priceFen();
            e.payment = x.payment() == null ? "CASH" : x.payment();
            e.vouchers = "VOUCHER".equals(e.payment) ? x.vouchers() : 0;
            e.returnedDue = returnedDue;
            if (returned != null) {
                String to = returnedDue ? Issuing.AWAITING_INSPECTION : Issuing.EMPTY;
                if (returnedDue) {
                    advice = "交回钢瓶已到检验期（" + returned.nextInspectionOn + "），已换发检验合格钢瓶并送检，已告知用户";
                }
                move(em, returned, now, caller.username(), "EXCHANGE_IN", returned.status, returned.location + " " + returned.locationName, to,
                        "POINT " + x.point(), advice);
                returned.status = to;
                returned.location = "POINT";
                returned.locationName = x.point();
            }
            e.advice = advice;
            move(em, issued, now, caller.username(), "EXCHANGE_OUT", issued.status, "POINT " + x.point(), Issuing.WITH_CUSTOMER,
                    "CUSTOMER " + (x.customer() == null ? "" : x.customer()), null);
            issued.status = Issuing.WITH_CUSTOMER;
            issued.location = "CUSTOMER";
            issued.locationName = x.customer();
            em.persist(e);
            return e;
        });
    }

    private static CylinderEntity firstIssuable(EntityManager em, String point, String spec, LocalDate today) {
        List<CylinderEntity> found = em.createQuery("select c from CylinderEntity c where c.location = 'POINT' and c.locationName = :p and c.spec = :s"
                + " and c.status = 'FULL' and c.nextInspectionOn > :today and (c.scrapOn is null or c.scrapOn > :today) order by c.nextInspectionOn, c.serial",
                CylinderEntity.class).setParameter("p", point).setParameter("s", spec).setParameter("today", today).setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** Reject (不合格剔除), send to inspection, receive back from inspection. */
    public CylinderEntity change(String tenant, Caller caller, String serial, String action, String note, Inspected result) {
        new Validation().maxLength("reason", note, 500).throwIfInvalid();
        return store.in(tenant, em -> {
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
                        point(em, caller, result.point(), LockModeType.NONE);
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
            move(em, c, store.now(tenant), caller.username(), action, fromStatus, from, c.status, c.location + " " + (c.locationName == null ? "" : c.locationName),
                    note == null && result != null ? result.note() : note);
            return c;
        });
    }

    /** A delivery of full cylinders to a point: each was empty at that point or at the filling station. */
    public void deliver(String tenant, Caller caller, String point, List<String> serials, String note) {
        transfer(tenant, caller, point, serials, c -> {
            requireStatus(c, Issuing.EMPTY);
            return Issuing.FULL;
        }, "DELIVER", "POINT", point, note);
    }

    public void dispatch(String tenant, Caller caller, String point, List<String> serials, String note) {
        transfer(tenant, caller, point, serials, c -> {
            requireStatus(c, Issuing.EMPTY);
            if (!"POINT".equals(c.location) || !point.equals(c.locationName)) {
                throw Problems.ruleViolated(Text.of("钢瓶 " + c.serial + " 不在本点", "Cylinder " + c.serial + " is not at this point"));
            }
            return Issuing.EMPTY;
        }, "DISPATCH", "STATION", "充装站", note);
    }

    private void transfer(String tenant, Caller caller, String point, List<String> serials, Function<CylinderEntity, String> check,
            String action, String location, String locationName, String note) {
        new Validation().check(serials != null && !serials.isEmpty() && serials.size() <= 500, "serials", "须列出 1 到 500 个钢瓶",
                "list 1 to 500 cylinders").throwIfInvalid();
        store.in(tenant, em -> {
            point(em, caller, point, LockModeType.PESSIMISTIC_WRITE);
            for (String serial : serials) {
                CylinderEntity c = em.find(CylinderEntity.class, serial);
                if (c == null) {
                    throw Problems.ruleViolated(Text.of("钢瓶 " + serial + " 未登记", "Cylinder " + serial + " is not registered"));
                }
                String status = check.apply(c);
                move(em, c, store.now(tenant), caller.username(), action, c.status, c.location + " " + c.locationName, status, location + " " + locationName, note);
                c.status = status;
                c.location = location;
                c.locationName = locationName;
            }
            return null;
        });
    }

    public CheckEntity check(String tenant, Caller caller, String point, SafetyCheck check) {
        Validation.requireBody(check);
        new Validation().required("dry", check.dry()).required("ventilated", check.ventilated()).required("fireSafe", check.fireSafe())
                .required("explosionSafe", check.explosionSafe()).required("theftSafe", check.theftSafe()).maxLength("note", check.note(), 500)
                .check(check.day() == null || !check.day().isAfter(store.today(tenant)), "day", "不能是将来的日期", "must not be in the future")
                .throwIfInvalid();
        LocalDate day = check.day() == null ? store.today(tenant) : check.day();
        return store.in(tenant, em -> {
            point(em, caller, point, LockModeType.NONE);
            String id = point + "/" + day;
            if (em.find(CheckEntity.class, id) != null) {
                throw Problems.conflict(Text.of("该日已做安全检查", "The safety check of that day is recorded"));
            }
            CheckEntity e = new CheckEntity();
            e.id = id;
            e.point = point;
            e.day = day;
            e.dry = check.dry();
            e.ventilated = check.ventilated();
            e.fireSafe = check.fireSafe();
            e.explosionSafe = check.explosionSafe();
            e.theftSafe = check.theftSafe();
            e.note = check.note();
            e.checkedBy = caller.username();
            e.at = store.now(tenant);
            em.persist(e);
            return e;
        });
    }

    /** 解缴 reconciled against the exchanges of that day at that point; recorded once, differences kept. */
    public RemittanceEntity remit(String tenant, Caller caller, String point, NewRemittance r) {
        Validation.requireBody(r);
        new Validation().required("date", r.date()).required("cashFen", r.cashFen())
                .check(r.cashFen() == null || r.cashFen() >= 0, "cashFen", "不能为负数", "must not be negative")
                .check(r.vouchers() == null || r.vouchers() >= 0, "vouchers", "不能为负数", "must not be negative")
                .check(r.date() == null || !r.date().isAfter(store.today(tenant)), "date", "不能是将来的日期", "must not be in the future")
                .throwIfInvalid();
        return store.in(tenant, em -> {
            point(em, caller, point, LockModeType.PESSIMISTIC_WRITE);
            String id = point + "/" + r.date();
            if (em.find(RemittanceEntity.class, id) != null) {
                throw Problems.conflict(Text.of("该日已解缴，记录不可修改", "That day is remitted already; the record is never changed"));
            }
            List<ExchangeEntity> day = em.createQuery("select e from ExchangeEntity e where e.point = :p and e.day = :d", ExchangeEntity.class)
                    .setParameter("p", point).setParameter("d", r.date()).getResultList();
            long cash = day.stream().filter(e -> "CASH".equals(e.payment)).mapToLong(e -> e.priceFen).sum();
            int vouchers = day.stream().mapToInt(e -> e.vouchers).sum();
            RemittanceEntity e = new RemittanceEntity();
            e.id = id;
            e.point = point;
            e.day = r.date();
            e.cashFen = r.cashFen();
            e.vouchers = r.vouchers() == null ? 0 : r.vouchers();
            e.expectedCashFen = cash;
            e.expectedVouchers = vouchers;
            e.exchanges = day.size();
            e.handedBy = caller.username();
            e.at = store.now(tenant);
            em.persist(e);
            return e;
        });
    }

    /** 盘点 against the book (the cylinders the registry has at the point now); one count per point and day. */
    public List<StockCountEntity> count(String tenant, Caller caller, String point, StockCount count) {
        new Validation().check(count != null && count.lines() != null && !count.lines().isEmpty(), "lines", "缺少盘点明细",
                "the counted lines are required").throwIfInvalid();
        Validation v = new Validation().check(count.date() == null || !count.date().isAfter(store.today(tenant)), "date", "不能是将来的日期",
                "must not be in the future");
        for (int i = 0; i < count.lines().size(); i++) {
            StockCount.Line l = count.lines().get(i);
            v.check(l != null && l.spec() != null && SPEC.matcher(l.spec()).matches(), "lines[" + i + "].spec", "如 YSP-15", "e.g. YSP-15")
                    .check(l != null && Set.of(Issuing.FULL, Issuing.EMPTY, Issuing.REJECTED, Issuing.AWAITING_INSPECTION).contains(l.status()),
                            "lines[" + i + "].status", "只能是 FULL、EMPTY、REJECTED 或 AWAITING_INSPECTION", "must be FULL, EMPTY, REJECTED or AWAITING_INSPECTION")
                    .check(l != null && l.counted() != null && l.counted() >= 0, "lines[" + i + "].counted", "不能为负数", "must not be negative");
        }
        v.throwIfInvalid();
        LocalDate day = count.date() == null ? store.today(tenant) : count.date();
        OffsetDateTime now = store.now(tenant);
        return store.in(tenant, em -> {
            point(em, caller, point, LockModeType.PESSIMISTIC_WRITE);
            boolean done = !em.createQuery("select c from StockCountEntity c where c.point = :p and c.day = :d", StockCountEntity.class)
                    .setParameter("p", point).setParameter("d", day).setMaxResults(1).getResultList().isEmpty();
            if (done) {
                throw Problems.conflict(Text.of("该日已盘点，记录不可修改", "That day is counted already; the count is never changed"));
            }
            Map<String, Integer> book = new HashMap<>();
            stock(em, point).forEach(l -> book.put(l.spec() + "/" + l.status(), l.count()));
            Set<String> keys = new TreeSet<>(book.keySet());
            count.lines().forEach(l -> keys.add(l.spec() + "/" + l.status()));
            Map<String, Integer> counted = new HashMap<>();
            count.lines().forEach(l -> counted.merge(l.spec() + "/" + l.status(), l.counted(), Integer::sum));
            List<StockCountEntity> rows = new ArrayList<>();
            for (String key : keys) {
                StockCountEntity e = new StockCountEntity();
                e.id = point + "/" + day + "/" + key;
                e.point = point;
                e.day = day;
                e.spec = key.substring(0, key.indexOf('/'));
                e.status = key.substring(key.indexOf('/') + 1);
                e.counted = counted.getOrDefault(key, 0);
                e.book = book.getOrDefault(key, 0);
                e.countedBy = caller.username();
                e.at = now;
                em.persist(e);
                rows.add(e);
            }
            return rows;
        });
    }

    public static Reconciliation reconciliation(RemittanceEntity r) {
        return Reconciliation.of(r.expectedCashFen, r.expectedVouchers, r.cashFen, r.vouchers);
    }

    @Override
    public List<StockLine> stock(String tenant, String point) {
        return store.in(tenant, em -> stock(em, point));
    }

    static List<StockLine> stock(EntityManager em, String point) {
        List<StockLine> lines = new ArrayList<>();
        for (Object[] row : em.createQuery("select c.spec, c.status, count(c) from CylinderEntity c where c.location = 'POINT' and c.locationName = :p"
                + " group by c.spec, c.status order by c.spec, c.status", Object[].class).setParameter("p", point).getResultList()) {
            lines.add(new StockLine((String) row[0], (String) row[1], ((Number) row[2]).intValue()));
        }
        return lines;
    }

    private static void atOwnPoint(EntityManager em, Caller caller, CylinderEntity c) {
        if ("POINT".equals(c.location)) {
            point(em, caller, c.locationName, LockModeType.NONE);
        } else if (!caller.hasRole(Roles.BRANCH_ADMIN)) {
            throw Problems.forbidden(Text.of("钢瓶不在您的调瓶点", "The cylinder is not at your point"));
        }
    }

    private static void requireStatus(CylinderEntity c, String... allowed) {
        if (!Arrays.asList(allowed).contains(c.status)) {
            throw Problems.conflict(Text.of("钢瓶 " + c.serial + " 状态为 " + c.status + "，不能办理", "Cylinder " + c.serial + " is " + c.status));
        }
    }

    static void move(EntityManager em, CylinderEntity c, OffsetDateTime at, String actor, String action, String fromStatus, String fromLocation, String toStatus,
            String toLocation, String note) {
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
}
