package com.gasline.metering.internal.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.metering.api.rest.BulkReadings;
import com.gasline.metering.api.rest.BulkResult;
import com.gasline.metering.api.rest.NewReading;
import com.gasline.metering.api.rest.Reading;
import com.gasline.metering.api.rest.ReadingResult;
import com.gasline.metering.internal.store.MeterEntity;
import com.gasline.metering.internal.store.MeteredAccountEntity;
import com.gasline.metering.internal.store.MeteringStore;
import com.gasline.metering.internal.store.ReadingEntity;
import com.gasline.metering.internal.store.RouteEntity;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.Roles;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/** Readings checked by the 三准 rules, one at a time or thousands at once, and the 用气异常 they hold for review. */
@Component(service = Readings.class)
public class Readings {

    static final int MAX_BULK = 5000;

    private final MeteringStore store;

    @Activate
    public Readings(@Reference MeteringStore store) {
        this.store = store;
    }

    /**
     * Checks and records one reading. Meter readers may read only the meters of their own books.
     */
    public Reading submit(String tenant, Caller caller, NewReading r) {
        LocalDate today = store.today(tenant);
        NewReading checked = checked(r, today);
        ReadingEntity recorded = store.in(tenant, em -> {
            MeterEntity meter = readable(em, caller, checked.serial());
            return ReadingLog.record(em, dated(meter, checked), checked, caller.username(), em.find(MeteredAccountEntity.class, meter.accountNo),
                    store.now(tenant));
        });
        return ReadingLog.view(recorded);
    }

    /** The field checks a reading passes before any meter is looked at; today's date and READER filled in where missing. */
    static NewReading checked(NewReading r, LocalDate today) {
        Validation.requireBody(r);
        new Validation().required("serial", r.serial()).required("value", r.value())
                .check(Meters.volume(r.value()), "value", "读数须为非负数，最多 3 位小数", "must be a non-negative m³ value with up to 3 decimals")
                .check(r.readOn() == null || !r.readOn().isAfter(today), "readOn", "抄表日期不能晚于今天", "must not be in the future")
                .check(r.source() == null || List.of("READER", "SELF", "REMOTE", "ESTIMATE").contains(r.source()), "source",
                        "只能是 READER、SELF、REMOTE 或 ESTIMATE", "must be READER, SELF, REMOTE or ESTIMATE")
                .throwIfInvalid();
        return new NewReading(r.serial(), r.value(), r.readOn() == null ? today : r.readOn(), r.source() == null ? "READER" : r.source(),
                r.rollover());
    }

    /** A reading is never dated before the meter's previous one. */
    static MeterEntity dated(MeterEntity meter, NewReading r) {
        if (r.readOn().isBefore(meter.lastReadOn)) {
            throw Problems.ruleViolated(Text.of("抄表日期早于上次抄表", "The reading date is before the previous reading"),
                    List.of(new FieldError("readOn", Text.of("早于上次抄表日期 " + meter.lastReadOn, "before the previous reading on " + meter.lastReadOn))));
        }
        return meter;
    }

    /** A meter in service that the caller may read: meter readers read the meters of their own books only. */
    static MeterEntity readable(EntityManager em, Caller caller, String serial) {
        return readable(Meters.find(em, serial), caller, id -> em.find(RouteEntity.class, id));
    }

    static MeterEntity readable(MeterEntity meter, Caller caller, Function<String, RouteEntity> routes) {
        if (caller.hasRole(Roles.METER_READER) && !caller.hasAnyRole(Set.of(Roles.BRANCH_ADMIN, Roles.CLERK))) {
            RouteEntity route = meter.routeId == null ? null : routes.apply(meter.routeId);
            if (route == null || !route.reader.equals(caller.username())) {
                throw Problems.forbidden(Text.of("这块表不在您的抄表册中", "This meter is not in your reading book"));
            }
        }
        if (!"ACTIVE".equals(meter.status)) {
            throw Problems.ruleViolated(Text.of("该表已换下，请抄新表", "This meter was replaced; read the new one"));
        }
        return meter;
    }

    /**
     * The whole request in one transaction (its meters, accounts and pending estimates read in a few queries, its writes
     * batched); a refused reading is answered in its place and never blocks the others. Should the transaction fail
     * (a concurrent writer changed one of the meters), each reading is taken again in a transaction of its own.
     */
    public BulkResult submitAll(String tenant, Caller caller, BulkReadings bulk) {
        new Validation().check(bulk != null && bulk.readings() != null, "readings", "缺少读数列表", "the readings list is required").throwIfInvalid();
        new Validation().check(bulk.readings().size() <= MAX_BULK, "readings", "一次最多 " + MAX_BULK + " 条", "at most " + MAX_BULK + " per request")
                .throwIfInvalid();
        LocalDate today = store.today(tenant);
        int size = bulk.readings().size();
        ReadingResult[] results = new ReadingResult[size];
        NewReading[] checked = new NewReading[size];
        for (int i = 0; i < size; i++) {
            try {
                checked[i] = checked(bulk.readings().get(i), today);
            } catch (ProblemException refused) {
                results[i] = refused(i, refused);
            }
        }
        ReadingResult[] recorded;
        try {
            recorded = store.in(tenant, em -> ReadingBatch.record(em, caller, checked, store.now(tenant)));
        } catch (ProblemException | PersistenceException concurrent) {
            recorded = new ReadingResult[size];
            for (int i = 0; i < size; i++) {
                recorded[i] = checked[i] == null ? null : one(tenant, caller, checked[i], i);
            }
        }
        int accepted = 0;
        int anomalies = 0;
        for (int i = 0; i < size; i++) {
            results[i] = results[i] == null ? recorded[i] : results[i];
            accepted += results[i].status() == 201 ? 1 : 0;
            anomalies += results[i].reading() != null && results[i].reading().anomaly() != null ? 1 : 0;
        }
        return new BulkResult(accepted, size - accepted, anomalies, List.of(results));
    }

    private ReadingResult one(String tenant, Caller caller, NewReading r, int index) {
        try {
            return new ReadingResult(index, 201, submit(tenant, caller, r), null, List.of());
        } catch (ProblemException refused) {
            return refused(index, refused);
        }
    }

    static ReadingResult refused(int index, ProblemException refused) {
        return new ReadingResult(index, refused.status(), null, refused.detail().zh(), refused.errors());
    }

    /** 用气异常 not reviewed yet, oldest first; a superseded reading is no longer one. */
    public Reading reading(String tenant, String id) {
        return store.in(tenant, em -> {
            ReadingEntity r = id == null ? null : em.find(ReadingEntity.class, id);
            if (r == null) {
                throw Problems.notFound(Text.of("没有这条抄表记录", "No such reading"));
            }
            return ReadingLog.view(r);
        });
    }

    public Page<Reading> anomalies(String tenant, PageRequest page) {
        return store.in(tenant, em -> {
            String held = "from ReadingEntity r where r.anomaly is not null and r.reviewed = false and r.supersededBy is null";
            long total = em.createQuery("select count(r) " + held, Long.class).getSingleResult();
            List<Reading> items = em.createQuery("select r " + held + " order by r.readOn, r.serial", ReadingEntity.class)
                    .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream().map(ReadingLog::view).toList();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }
}
