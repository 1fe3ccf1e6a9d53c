package com.gasline.metering.internal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.metering.api.rest.NewEstimate;
import com.gasline.metering.api.rest.NewReading;
import com.gasline.metering.api.rest.Reading;
import com.gasline.metering.internal.rules.Estimating;
import com.gasline.metering.internal.rules.ReadingRules;
import com.gasline.metering.internal.store.MeterEntity;
import com.gasline.metering.internal.store.MeteringStore;
import com.gasline.metering.internal.store.ReadingEntity;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.problem.Validation;

/** 估抄: a meter that could not be read (到访不遇) is recorded at its estimated reading, marked so; the next actual reading trues it up. */
@Component(service = Estimates.class)
public class Estimates {

    private final MeteringStore store;

    @Activate
    public Estimates(@Reference MeteringStore store) {
        this.store = store;
    }

    public Reading estimate(String tenant, Caller caller, NewEstimate e) {
        Validation.requireBody(e);
        LocalDate today = store.today(tenant);
        new Validation().required("serial", e.serial())
                .check(e.readOn() == null || !e.readOn().isAfter(today), "readOn", "估抄日期不能晚于今天", "must not be in the future")
                .maxLength("reason", e.reason(), 200).throwIfInvalid();
        LocalDate readOn = e.readOn() == null ? today : e.readOn();
        ReadingEntity recorded = store.in(tenant, em -> {
            MeterEntity meter = Readings.readable(em, caller, e.serial());
            int n = Settings.rules(em).estimateReadings();
            // one more than averaged: the oldest only gives the day the window starts
            List<ReadingEntity> actuals = new ArrayList<>(em.createQuery("select r from ReadingEntity r where r.serial = :s and r.supersededBy is null"
                    + " and r.source <> 'ESTIMATE' order by r.readOn desc, r.createdAt desc", ReadingEntity.class).setParameter("s", meter.serial)
                    .setMaxResults(n + 1).getResultList());
            Collections.reverse(actuals);
            LocalDate since = actuals.size() > n ? actuals.remove(0).readOn : meter.installedOn;
            Estimating.Estimate estimate = Estimating.estimate(since, actuals.stream().map(r -> new Estimating.Actual(r.readOn, r.consumption)).toList(),
                    meter.lastReadOn, meter.lastReading, meter.digits, readOn);
            ReadingEntity reading = ReadingLog.persist(em, meter, new NewReading(meter.serial, estimate.value(), readOn, ReadingLog.ESTIMATE,
                    estimate.rollover()), caller.username(), new ReadingRules.Checked(estimate.volume(), null), store.now(tenant));
            reading.note = e.reason();
            return reading;
        });
        return ReadingLog.view(recorded);
    }
}
