package com.gasline.metering.internal.service;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.metering.api.rest.Meter;
import com.gasline.metering.api.rest.MeterType;
import com.gasline.metering.api.rest.NewMeter;
import com.gasline.metering.api.rest.NewReading;
import com.gasline.metering.api.rest.Replacement;
import com.gasline.metering.internal.store.MeterEntity;
import com.gasline.metering.internal.store.MeteredAccountEntity;
import com.gasline.metering.internal.store.MeteringStore;
import com.gasline.metering.internal.store.ReadingEntity;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/** Meters: installed on an account, replaced (换表) with a final reading. */
@Component(service = Meters.class)
public class Meters {

    static final int VOLUME_SCALE = 3;

    private final MeteringStore store;
    private final AccountSync accounts;

    @Activate
    public Meters(@Reference MeteringStore store, @Reference AccountSync accounts) {
        this.store = store;
        this.accounts = accounts;
    }

    public Meter install(String tenant, NewMeter m) {
        Validation.requireBody(m);
        new Validation().required("serial", m.serial()).maxLength("serial", m.serial(), 40)
                .required("accountNo", m.accountNo()).required("type", m.type())
                .check(m.digits() == null || (m.digits() >= 4 && m.digits() <= 9), "digits", "表位数须在 4 到 9 之间", "must be 4 to 9")
                .check(volume(m.initialReading()), "initialReading", "读数须为非负数，最多 3 位小数", "must be a non-negative m³ value with up to 3 decimals")
                .throwIfInvalid();
        accounts.refresh(tenant, m.accountNo());
        MeterEntity installed = store.in(tenant, em -> {
            if (em.find(MeterEntity.class, m.serial()) != null) {
                throw Problems.conflict(Text.of("表号 " + m.serial() + " 已登记", "Meter " + m.serial() + " is already registered"));
            }
            MeterEntity meter = newMeter(m.serial(), m.accountNo(), m.type(), m.digits(),
                    m.installedOn() == null ? store.today(tenant) : m.installedOn(),
                    m.initialReading() == null ? BigDecimal.ZERO : m.initialReading());
            em.persist(meter);
            return meter;
        });
        // viewed once committed, so the version is the one written
        return view(installed);
    }

    public Meter meter(String tenant, String serial) {
        return view(store.in(tenant, em -> find(em, serial)));
    }

    /** 换表: the old meter's final reading becomes its last reading (billed with the next run), the new one starts. */
    public Meter replace(String tenant, String actor, String serial, Replacement r) {
        Validation.requireBody(r);
        new Validation().required("oldFinalReading", r.oldFinalReading()).required("newSerial", r.newSerial())
                .check(volume(r.oldFinalReading()), "oldFinalReading", "读数须为非负数，最多 3 位小数", "must be a non-negative m³ value with up to 3 decimals")
                .check(volume(r.newInitialReading()), "newInitialReading", "读数须为非负数，最多 3 位小数", "must be a non-negative m³ value with up to 3 decimals")
                .throwIfInvalid();
        LocalDate on = r.replacedOn() == null ? store.today(tenant) : r.replacedOn();
        MeterEntity installed = store.in(tenant, em -> {
            MeterEntity old = find(em, serial);
            if (!"ACTIVE".equals(old.status)) {
                throw Problems.conflict(Text.of("该表已换下", "This meter was already replaced"));
            }
            if (em.find(MeterEntity.class, r.newSerial()) != null) {
                throw Problems.conflict(Text.of("表号 " + r.newSerial() + " 已登记", "Meter " + r.newSerial() + " is already registered"));
            }
            ReadingEntity last = ReadingLog.record(em, old, new NewReading(serial, r.oldFinalReading(), on, "READER", false), actor,
                    em.find(MeteredAccountEntity.class, old.accountNo), store.now(tenant));
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
        return view(installed);
    }

    static MeterEntity find(EntityManager em, String serial) {
        MeterEntity m = serial == null ? null : em.find(MeterEntity.class, serial);
        if (m == null) {
            throw Problems.notFound(Text.of("没有这块表", "No such meter"));
        }
        return m;
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
        meter.actualReading = initial;
        meter.actualReadOn = installedOn;
        meter.consumptionTotal = BigDecimal.ZERO;
        return meter;
    }

    private static Meter view(MeterEntity m) {
        return new Meter(m.serial, m.accountNo, MeterType.valueOf(m.type), m.digits, m.installedOn, m.initialReading, m.status, m.lastReading,
                m.lastReadOn, m.routeId, m.replacedBy, m.finalReading, m.version);
    }

    static boolean volume(BigDecimal v) {
        return v == null || (v.signum() >= 0 && v.scale() <= VOLUME_SCALE && v.precision() - v.scale() <= 9);
    }
}
