package com.gasline.metering.internal.service;

import java.util.List;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.metering.api.rest.HeldReading;
import com.gasline.metering.internal.store.BillRunEntity;
import com.gasline.metering.internal.store.HeldReadingEntity;
import com.gasline.metering.internal.store.MeteringStore;
import com.gasline.metering.internal.store.ReadingEntity;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/** What a bill run held back: the unreviewed 用气异常 that kept an account from being billed. */
@Component(service = Holds.class)
public class Holds {

    private final MeteringStore store;

    @Activate
    public Holds(@Reference MeteringStore store) {
        this.store = store;
    }

    public Page<HeldReading> held(String tenant, String runId, PageRequest page) {
        return store.in(tenant, em -> {
            if (em.find(BillRunEntity.class, runId) == null) {
                throw Problems.notFound(Text.of("没有这次出账", "No such bill run"));
            }
            long total = em.createQuery("select count(h) from HeldReadingEntity h where h.runId = :r", Long.class).setParameter("r", runId)
                    .getSingleResult();
            List<HeldReading> items = em.createQuery("select h from HeldReadingEntity h where h.runId = :r order by h.accountNo, h.readOn, h.serial",
                    HeldReadingEntity.class).setParameter("r", runId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(h -> new HeldReading(h.readingId, h.accountNo, h.serial, h.reason, h.readOn)).toList();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    /** The readings that hold an account; recorded once per run, so a retried part records nothing twice. */
    static List<ReadingEntity> hold(EntityManager em, String runId, List<ReadingEntity> readings) {
        List<ReadingEntity> held = readings.stream().filter(r -> r.anomaly != null && !r.reviewed).toList();
        for (ReadingEntity r : held) {
            String id = runId + "/" + r.id;
            if (em.find(HeldReadingEntity.class, id) == null) {
                HeldReadingEntity h = new HeldReadingEntity();
                h.id = id;
                h.runId = runId;
                h.readingId = r.id;
                h.accountNo = r.accountNo;
                h.serial = r.serial;
                h.reason = r.anomaly;
                h.readOn = r.readOn;
                em.persist(h);
            }
        }
        return held;
    }
}
