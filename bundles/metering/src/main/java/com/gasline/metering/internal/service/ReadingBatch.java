package com.gasline.metering.internal.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

import com.gasline.metering.api.rest.NewReading;
import com.gasline.metering.api.rest.ReadingResult;
import com.gasline.metering.internal.rules.MeteringRules;
import com.gasline.metering.internal.store.MeterEntity;
import com.gasline.metering.internal.store.MeteredAccountEntity;
import com.gasline.metering.internal.store.ReadingEntity;
import com.gasline.metering.internal.store.RouteEntity;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/**
 * A bulk request's readings in one transaction: what the 三准 rules need of every meter is read in a handful of
 * queries up front, each reading is then checked and recorded in order exactly as {@link Readings#submit} would (so
 * two readings of one meter in one request see each other), and the inserts and meter updates go out as JDBC
 * batches at commit (batch writing in persistence.xml).
 */
final class ReadingBatch {

    /** Keeps each IN list well under the databases' bind-parameter limits. */
    private static final int CHUNK = 1000;

    private ReadingBatch() {
    }

    /** @param readings checked readings, {@code null} where the field checks refused one; the answer has {@code null} there too */
    static ReadingResult[] record(EntityManager em, Caller caller, NewReading[] readings, OffsetDateTime now) {
        List<String> serials = Arrays.stream(readings).filter(Objects::nonNull).map(NewReading::serial).distinct().toList();
        Map<String, MeterEntity> meters = byKey(em, "select m from MeterEntity m where m.serial in :k", MeterEntity.class, serials, m -> m.serial, false);
        Map<String, MeteredAccountEntity> accounts = byKey(em, "select a from MeteredAccountEntity a where a.accountNo in :k",
                MeteredAccountEntity.class, meters.values().stream().map(m -> m.accountNo).distinct().toList(), a -> a.accountNo, true);
        Map<String, RouteEntity> routes = new HashMap<>();
        Function<String, RouteEntity> route = id -> routes.computeIfAbsent(id, k -> em.find(RouteEntity.class, k));
        Map<String, List<ReadingEntity>> estimates = new HashMap<>();
        for (ReadingEntity e : select(em, "select r from ReadingEntity r where r.serial in :k and r.source = 'ESTIMATE' and r.supersededBy is null",
                ReadingEntity.class, meters.keySet(), false)) {
            estimates.computeIfAbsent(e.serial, s -> new ArrayList<>()).add(e);
        }
        MeteringRules rules = Settings.rules(em);
        ReadingResult[] results = new ReadingResult[readings.length];
        for (int i = 0; i < readings.length; i++) {
            NewReading r = readings[i];
            if (r == null) {
                continue;
            }
            try {
                MeterEntity meter = meters.get(r.serial());
                if (meter == null) {
                    throw Problems.notFound(Text.of("没有这块表", "No such meter"));
                }
                Readings.dated(Readings.readable(meter, caller, route), r);
                // the estimates still open on this meter, this request's own included
                List<ReadingEntity> open = estimates.computeIfAbsent(meter.serial, s -> new ArrayList<>());
                boolean estimate = ReadingLog.ESTIMATE.equals(r.source());
                ReadingEntity recorded = ReadingLog.record(em, meter, r, caller.username(), accounts.get(meter.accountNo), rules,
                        estimate ? List.of() : List.copyOf(open), now);
                if (estimate) {
                    open.add(recorded);
                } else {
                    open.clear();
                }
                results[i] = new ReadingResult(i, 201, ReadingLog.view(recorded), null, List.of());
            } catch (ProblemException refused) {
                results[i] = Readings.refused(i, refused);
            }
        }
        return results;
    }

    private static <T> Map<String, T> byKey(EntityManager em, String jpql, Class<T> type, Collection<String> keys, Function<T, String> key,
            boolean readOnly) {
        Map<String, T> found = new HashMap<>();
        select(em, jpql, type, keys, readOnly).forEach(t -> found.put(key.apply(t), t));
        return found;
    }

    private static <T> List<T> select(EntityManager em, String jpql, Class<T> type, Collection<String> keys, boolean readOnly) {
        List<String> all = List.copyOf(keys);
        List<T> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            var query = em.createQuery(jpql, type).setParameter("k", all.subList(from, Math.min(all.size(), from + CHUNK)));
            if (readOnly) {
                // not registered for change detection, so the commit does not compare thousands of them
                query.setHint(QueryHints.READ_ONLY, HintValues.TRUE);
            }
            found.addAll(query.getResultList());
        }
        return found;
    }
}
