package com.gasline.metering.internal.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import javax.persistence.EntityManager;

import com.gasline.metering.api.rest.NewReading;
import com.gasline.metering.api.rest.Reading;
import com.gasline.metering.internal.rules.MeteringRules;
import com.gasline.metering.internal.rules.ReadingRules;
import com.gasline.metering.internal.store.MeterEntity;
import com.gasline.metering.internal.store.MeteredAccountEntity;
import com.gasline.metering.internal.store.ReadingEntity;

/**
 * A meter's readings and the state they leave on it (last reading, last actual reading, running total).
 * Readings are only ever added or marked superseded; the meter's state follows, both ways.
 */
final class ReadingLog {

    static final String ESTIMATE = "ESTIMATE";

    private ReadingLog() {
    }

    /**
     * Checks a reading by the 三准 rules and records it. An actual reading after estimates counts from the last
     * actual reading and supersedes the estimates; those already billed are credited on its bill ({@code estimatedVolume}).
     */
    static ReadingEntity record(EntityManager em, MeterEntity meter, NewReading r, String reader, MeteredAccountEntity account,
            OffsetDateTime now) {
        List<ReadingEntity> estimates = ESTIMATE.equals(r.source()) ? List.of()
                : em.createQuery("select r from ReadingEntity r where r.serial = :s and r.source = 'ESTIMATE' and r.supersededBy is null",
                        ReadingEntity.class).setParameter("s", meter.serial).getResultList();
        return record(em, meter, r, reader, account, Settings.rules(em), estimates, now);
    }

    /**
     * As above, with the rules in force and the meter's estimates not superseded yet (none for an estimate) already
     * loaded: a bulk request reads them once for all its meters.
     */
    static ReadingEntity record(EntityManager em, MeterEntity meter, NewReading r, String reader, MeteredAccountEntity account,
            MeteringRules rules, List<ReadingEntity> estimates, OffsetDateTime now) {
        BigDecimal estimated = estimates.stream().map(e -> e.consumption).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal average = meter.readingCount == 0 ? null
                : meter.consumptionTotal.divide(BigDecimal.valueOf(meter.readingCount), Meters.VOLUME_SCALE, RoundingMode.HALF_UP);
        ReadingRules.Checked checked = ReadingRules.check(estimates.isEmpty() ? meter.lastReading : meter.actualReading, r.value(), meter.digits,
                Boolean.TRUE.equals(r.rollover()), average, account != null && "ACTIVE".equals(account.state),
                rules.limits(account == null ? null : account.category), estimated);
        ReadingEntity reading = persist(em, meter, r, reader, checked, now);
        BigDecimal billed = BigDecimal.ZERO;
        for (ReadingEntity e : estimates) {
            e.supersededBy = reading.id;
            meter.readingCount--;
            meter.consumptionTotal = meter.consumptionTotal.subtract(e.consumption);
            billed = e.billId == null ? billed : billed.add(e.consumption);
        }
        reading.estimatedVolume = billed.signum() > 0 ? billed : null;
        return reading;
    }

    /** Adds a reading whose consumption is known and moves the meter's last reading and running total on. */
    static ReadingEntity persist(EntityManager em, MeterEntity meter, NewReading r, String reader, ReadingRules.Checked checked,
            OffsetDateTime now) {
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
        if (!ESTIMATE.equals(r.source())) {
            meter.actualReading = r.value();
            meter.actualReadOn = r.readOn();
        }
        meter.readingCount++;
        meter.consumptionTotal = meter.consumptionTotal.add(checked.consumption());
        return reading;
    }

    /** The meter's latest reading in force: only it can be corrected or sent for a re-read. */
    static ReadingEntity latest(EntityManager em, String serial) {
        List<ReadingEntity> found = em.createQuery("select r from ReadingEntity r where r.serial = :s and r.supersededBy is null"
                + " order by r.readOn desc, r.createdAt desc", ReadingEntity.class).setParameter("s", serial).setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Takes the meter's latest reading out of its state, as if it had not been read: the estimates it trued up are
     * back in force, the last and last actual readings go back to the ones before it. The caller supersedes it.
     */
    static void rollback(EntityManager em, MeterEntity meter, ReadingEntity latest) {
        meter.readingCount--;
        meter.consumptionTotal = meter.consumptionTotal.subtract(latest.consumption);
        for (ReadingEntity e : em.createQuery("select r from ReadingEntity r where r.supersededBy = :x", ReadingEntity.class)
                .setParameter("x", latest.id).getResultList()) {
            e.supersededBy = null;
            meter.readingCount++;
            meter.consumptionTotal = meter.consumptionTotal.add(e.consumption);
        }
        ReadingEntity previous = before(em, latest, false);
        meter.lastReading = previous == null ? meter.initialReading : previous.value;
        meter.lastReadOn = previous == null ? meter.installedOn : previous.readOn;
        ReadingEntity previousActual = before(em, latest, true);
        meter.actualReading = previousActual == null ? meter.initialReading : previousActual.value;
        meter.actualReadOn = previousActual == null ? meter.installedOn : previousActual.readOn;
        // the estimates back in force must be seen by the next query of this transaction
        em.flush();
    }

    /** The reading in force before {@code r} (the estimates {@code r} superseded count again). */
    private static ReadingEntity before(EntityManager em, ReadingEntity r, boolean actualOnly) {
        List<ReadingEntity> found = em.createQuery("select r from ReadingEntity r where r.serial = :s and r.id <> :x"
                + " and (r.supersededBy is null or r.supersededBy = :x)" + (actualOnly ? " and r.source <> 'ESTIMATE'" : "")
                + " order by r.readOn desc, r.createdAt desc", ReadingEntity.class).setParameter("s", r.serial).setParameter("x", r.id)
                .setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    static Reading view(ReadingEntity r) {
        return new Reading(r.id, r.serial, r.accountNo, r.value, r.readOn, r.source, r.reader, r.consumption, r.rollover, r.anomaly, r.reviewed,
                r.billId, r.decision, r.supersededBy, r.correctsId, r.estimatedVolume, r.note);
    }
}
