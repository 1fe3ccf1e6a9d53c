package com.gasline.metering.internal.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.metering.api.rest.MeterType;
import com.gasline.metering.api.rest.NewMeter;
import com.gasline.metering.api.rest.NewReading;
import com.gasline.metering.api.rest.NewRoute;
import com.gasline.metering.api.rest.Replacement;
import com.gasline.metering.internal.rules.ReadingRules;
import com.gasline.metering.internal.store.MeterEntity;
import com.gasline.metering.internal.store.MeteredAccountEntity;
import com.gasline.metering.internal.store.MeteringStore;
import com.gasline.metering.internal.store.ReadingEntity;
import com.gasline.metering.internal.store.RouteEntity;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Roles;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/** Meters, reading books and readings. */
@Component(service = Meters.class)
public class Meters {

    private static final int VOLUME_SCALE = 3;

    private final MeteringStore store;
    private final AccountSync accounts;

    @Activate
    public Meters(@Reference MeteringStore store, @Reference AccountSync accounts) {
        this.store = store;
        this.accounts = accounts;
    }

    public MeterEntity install(String tenant, NewMeter m) {
        Validation.requireBody(m);
        new Validation().required("serial", m.serial()).maxLength("serial", m.serial(), 40)
                .required("accountNo", m.accountNo()).required("type", m.type())
                .check(m.digits() == null || (m.digits() >= 4 && m.digits() <= 9), "digits", "表位数须在 4 到 9 之间", "must be 4 to 9")
                .check(volume(m.initialReading()), "initialReading", "读数须为非负数，最多 3 位小数", "must be a non-negative m³ value with up to 3 decimals")
                .throwIfInvalid();
        accounts.refresh(tenant, m.accountNo());
        return store.in(tenant, em -> {
            if (em.find(MeterEntity.class, m.serial()) != null) {
                throw Problems.conflict(Text.of("表号 " + m.serial() + " 已登记", "Meter " + m.serial() + " is already registered"));
            }
            MeterEntity meter = newMeter(m.serial(), m.accountNo(), m.type(), m.digits(),
                    m.installedOn() == null ? store.today(tenant) : m.installedOn(),
                    m.initialReading() == null ? BigDecimal.ZERO : m.initialReading());
            em.persist(meter);
            return meter;
        });
    }

    /** 换表: the old meter's final reading becomes its last reading (billed with the next run), the new one starts. */
    public MeterEntity replace(String tenant, String actor, String serial, Replacement r) {
        Validation.requireBody(r);
        new Validation().required("oldFinalReading", r.oldFinalReading()).required("newSerial", r.newSerial())
                .check(volume(r.oldFinalReading()), "oldFinalReading", "读数须为非负数，最多 3 位小数", "must be a non-negative m³ value with up to 3 decimals")
                .check(volume(r.newInitialReading()), "newInitialReading", "读数须为非负数，最多 3 位小数", "must be a non-negative m³ value with up to 3 decimals")
                .throwIfInvalid();
        LocalDate on = r.replacedOn() == null ? store.today(tenant) : r.replacedOn();
        return store.in(tenant, em -> {
            MeterEntity old = find(em, serial);
            if (!"ACTIVE".equals(old.status)) {
                throw Problems.conflict(Text.of("该表已换下", "This meter was already replaced"));
            }
            if (em.find(MeterEntity.class, r.newSerial()) != null) {
                throw Problems.conflict(Text.of("表号 " + r.newSerial() + " 已登记", "Meter " + r.newSerial() + " is already registered"));
            }
            MeteredAccountEntity account = em.find(MeteredAccountEntity.class, old.accountNo);
            ReadingEntity last = record(em, old, new NewReading(serial, r.oldFinalReading(), on, "READER", false), actor,
                    account != null && "ACTIVE".equals(account.state), store.now(tenant));
            last.reviewed = true;
            old.status = "REPLACED";
            old.replacedBy = r.newSerial();
            old.finalReading = r.oldFinalReading();
            MeterEntity next = newMeter(r.newSerial(), old.accountNo, r.newType() == null ? MeterType.valueOf(old.type) : r.newType(),
                    r.newDigits() == null ? old.digits : r.newDigits(), on,
                    r.newInitialReading() == null ? BigDecimal.ZERO : r.newInitialReading());
            next.routeId = old.routeId;
            next.routeSeq = old.routeSeq;
            em.persist(next);
            return next;
        });
    }

    public RouteEntity createRoute(String tenant, NewRoute r) {
        Validation.requireBody(r);
        new Validation().required("name", r.name()).maxLength("name", r.name(), 100).required("reader", r.reader())
                .check(r.cycle() == null || r.cycle().equals("MONTHLY") || r.cycle().equals("BIMONTHLY"), "cycle",
                        "只能是 MONTHLY 或 BIMONTHLY", "must be MONTHLY or BIMONTHLY")
                .check(r.readingDay() != null && r.readingDay() >= 1 && r.readingDay() <= 28, "readingDay", "抄表日须在 1 到 28 之间",
                        "must be 1 to 28")
                .check(r.meters() == null || r.meters().size() <= 5000, "meters", "一本册最多 5000 块表", "at most 5000 meters per book")
                .throwIfInvalid();
        return store.in(tenant, em -> {
            RouteEntity route = new RouteEntity();
            route.id = UUID.randomUUID().toString();
            route.name = r.name().trim();
            route.reader = r.reader();
            route.cycle = r.cycle() == null ? "MONTHLY" : r.cycle();
            route.readingDay = r.readingDay();
            em.persist(route);
            List<FieldError> missing = new ArrayList<>();
            int seq = 0;
            for (String serial : r.meters() == null ? List.<String>of() : r.meters()) {
                MeterEntity meter = em.find(MeterEntity.class, serial);
                if (meter == null) {
                    missing.add(new FieldError("meters[" + seq + "]", Text.of("没有表 " + serial, "no meter " + serial)));
                } else {
                    meter.routeId = route.id;
                    meter.routeSeq = seq;
                }
                seq++;
            }
            if (!missing.isEmpty()) {
                throw Problems.ruleViolated(Text.of("抄表册中有未登记的表", "The book lists unknown meters"), missing);
            }
            return route;
        });
    }

    /**
     * Checks and records one reading. Meter readers may read only the meters of their own books.
     */
    public ReadingEntity submit(String tenant, Caller caller, NewReading r) {
        Validation.requireBody(r);
        new Validation().required("serial", r.serial()).required("value", r.value())
                .check(volume(r.value()), "value", "读数须为非负数，最多 3 位小数", "must be a non-negative m³ value with up to 3 decimals")
                .check(r.readOn() == null || !r.readOn().isAfter(store.today(tenant)), "readOn", "抄表日期不能晚于今天", "must not be in the future")
                .check(r.source() == null || List.of("READER", "SELF", "REMOTE", "ESTIMATE").contains(r.source()), "source",
                        "只能是 READER、SELF、REMOTE 或 ESTIMATE", "must be READER, SELF, REMOTE or ESTIMATE")
                .throwIfInvalid();
        return store.in(tenant, em -> {
            MeterEntity meter = find(em, r.serial());
            if (caller.hasRole(Roles.METER_READER) && !caller.hasAnyRole(java.util.Set.of(Roles.BRANCH_ADMIN, Roles.CLERK))) {
                RouteEntity route = meter.routeId == null ? null : em.find(RouteEntity.class, meter.routeId);
                if (route == null || !route.reader.equals(caller.username())) {
                    throw Problems.forbidden(Text.of("这块表不在您的抄表册中", "This meter is not in your reading book"));
                }
            }
            if (!"ACTIVE".equals(meter.status)) {
                throw Problems.ruleViolated(Text.of("该表已换下，请抄新表", "This meter was replaced; read the new one"));
            }
            LocalDate readOn = r.readOn() == null ? store.today(tenant) : r.readOn();
            if (readOn.isBefore(meter.lastReadOn)) {
                throw Problems.ruleViolated(Text.of("抄表日期早于上次抄表", "The reading date is before the previous reading"),
                        List.of(new FieldError("readOn", Text.of("早于上次抄表日期 " + meter.lastReadOn, "before the previous reading on " + meter.lastReadOn))));
            }
            MeteredAccountEntity account = em.find(MeteredAccountEntity.class, meter.accountNo);
            return record(em, meter, new NewReading(r.serial(), r.value(), readOn, r.source() == null ? "READER" : r.source(), r.rollover()),
                    caller.username(), account != null && "ACTIVE".equals(account.state), store.now(tenant));
        });
    }

    public static MeterEntity find(EntityManager em, String serial) {
        MeterEntity m = serial == null ? null : em.find(MeterEntity.class, serial);
        if (m == null) {
            throw Problems.notFound(Text.of("没有这块表", "No such meter"));
        }
        return m;
    }

    private static ReadingEntity record(EntityManager em, MeterEntity meter, NewReading r, String reader, boolean active,
            OffsetDateTime now) {
        BigDecimal average = meter.readingCount == 0 ? null
                : meter.consumptionTotal.divide(BigDecimal.valueOf(meter.readingCount), VOLUME_SCALE, RoundingMode.HALF_UP);
        ReadingRules.Checked checked = ReadingRules.check(meter.lastReading, r.value(), meter.digits, Boolean.TRUE.equals(r.rollover()),
                average, active);
        ReadingEntity reading = new ReadingEntity();
        reading.id = UUID.randomUUID().toString();
        reading.serial = meter.serial;
        reading.accountNo = meter.accountNo;
        reading.value = r.value();
        reading.readOn = r.readOn();
        reading.source = r.source();
        reading.reader = reader;
        reading.consumption = checked.consumption();
        reading.rollover = Boolean.TRUE.equals(r.rollover());
        reading.anomaly = checked.anomaly() == null ? null : checked.anomaly().name();
        reading.createdAt = now;
        em.persist(reading);
        meter.lastReading = r.value();
        meter.lastReadOn = r.readOn();
        meter.readingCount++;
        meter.consumptionTotal = meter.consumptionTotal.add(checked.consumption());
        return reading;
    }

    private static MeterEntity newMeter(String serial, String accountNo, MeterType type, Integer digits, LocalDate installedOn,
            BigDecimal initial) {
        MeterEntity meter = new MeterEntity();
        meter.serial = serial.trim();
        meter.accountNo = accountNo;
        meter.type = type.name();
        meter.digits = digits == null ? 5 : digits;
        meter.installedOn = installedOn;
        meter.initialReading = initial;
        meter.status = "ACTIVE";
        meter.lastReading = initial;
        meter.lastReadOn = installedOn;
        meter.consumptionTotal = BigDecimal.ZERO;
        return meter;
    }

    static boolean volume(BigDecimal v) {
        return v == null || (v.signum() >= 0 && v.scale() <= VOLUME_SCALE && v.precision() - v.scale() <= 9);
    }
}
