package com.gasline.metering.internal.service;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.metering.api.rest.NewReading;
import com.gasline.metering.api.rest.Reading;
import com.gasline.metering.api.rest.Review;
import com.gasline.metering.internal.store.MeterEntity;
import com.gasline.metering.internal.store.MeteredAccountEntity;
import com.gasline.metering.internal.store.MeteringStore;
import com.gasline.metering.internal.store.ReadingEntity;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/**
 * The review of a held 用气异常, decided once: APPROVE releases it for billing; CORRECT records a new reading
 * in its place; REREAD sets it aside until the meter is read again. The reading itself is kept as it was read.
 */
@Component(service = AnomalyReviews.class)
public class AnomalyReviews {

    private static final List<String> DECISIONS = List.of("APPROVE", "CORRECT", "REREAD");

    private final MeteringStore store;

    @Activate
    public AnomalyReviews(@Reference MeteringStore store) {
        this.store = store;
    }

    /** @param review null approves, as the review without a body always did */
    public Reading review(String tenant, Caller caller, String readingId, Review review) {
        Review r = review == null ? new Review("APPROVE", null, null, null) : review;
        boolean correct = "CORRECT".equals(r.decision());
        new Validation().required("decision", r.decision())
                .check(r.decision() == null || DECISIONS.contains(r.decision()), "decision", "只能是 APPROVE、CORRECT 或 REREAD",
                        "must be APPROVE, CORRECT or REREAD")
                .check(!correct || r.value() != null, "value", "更正须填写正确读数", "a correction needs the right value")
                .check(correct || r.value() == null, "value", "只有更正（CORRECT）才填读数", "only a correction (CORRECT) takes a value")
                .check(Meters.volume(r.value()), "value", "读数须为非负数，最多 3 位小数", "must be a non-negative m³ value with up to 3 decimals")
                .maxLength("note", r.note(), 200).throwIfInvalid();
        ReadingEntity decided = store.in(tenant, em -> {
            ReadingEntity held = em.find(ReadingEntity.class, readingId);
            if (held == null) {
                throw Problems.notFound(Text.of("没有这条读数", "No such reading"));
            }
            if (held.anomaly == null || held.reviewed || held.supersededBy != null) {
                throw Problems.conflict(Text.of("该读数不是待复核的用气异常（已复核或已被取代）", "This reading is no anomaly waiting for review (decided or superseded)"));
            }
            held.reviewed = true;
            held.decidedBy = caller.username();
            held.decidedAt = store.now(tenant);
            held.decisionNote = r.note();
            if ("APPROVE".equals(r.decision())) {
                held.decision = "APPROVED";
                return held;
            }
            MeterEntity meter = Meters.find(em, held.serial);
            ReadingEntity latest = ReadingLog.latest(em, held.serial);
            if (held.billId != null || latest == null || !latest.id.equals(held.id)) {
                throw Problems.conflict(Text.of("只能更正或重抄该表最近一次未出账的读数", "Only the meter's latest unbilled reading can be corrected or re-read"));
            }
            ReadingLog.rollback(em, meter, held);
            if (!correct) {
                held.decision = "REREAD";
                // superseded by nothing: set aside until the meter is read again
                held.supersededBy = held.id;
                return held;
            }
            ReadingEntity correction = ReadingLog.record(em, meter, new NewReading(held.serial, r.value(), held.readOn, held.source, r.rollover()),
                    caller.username(), em.find(MeteredAccountEntity.class, held.accountNo), store.now(tenant));
            // entered by the reviewing clerk: reviewed as it is recorded
            correction.reviewed = true;
            correction.correctsId = held.id;
            correction.note = r.note();
            held.decision = "CORRECTED";
            held.supersededBy = correction.id;
            return correction;
        });
        return ReadingLog.view(decided);
    }
}
