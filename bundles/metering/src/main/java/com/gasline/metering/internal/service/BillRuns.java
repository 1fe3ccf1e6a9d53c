package com.gasline.metering.internal.service;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.metering.api.rest.BillRun;
import com.gasline.metering.api.rest.NewBillRun;
import com.gasline.metering.internal.store.BillRunEntity;
import com.gasline.metering.internal.store.MeteringStore;
import com.gasline.metering.internal.store.RouteEntity;
import com.gasline.platform.api.jobs.Job;
import com.gasline.platform.api.jobs.JobHandler;
import com.gasline.platform.api.jobs.JobPart;
import com.gasline.platform.api.jobs.JobRequest;
import com.gasline.platform.api.jobs.JobRequest.PartPlan;
import com.gasline.platform.api.jobs.Jobs;
import com.gasline.platform.api.persistence.TableStatistics;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/**
 * Bill runs on the platform's jobs service. A run bills, for one period, every metered account of the
 * branch (or of one book) that has unbilled readings. It is planned as parts of {@value #BATCH} accounts
 * (a range of account numbers), each billed in one transaction by whichever node claims it; the unique
 * (account, period) key makes a part done again after a crash bill nothing twice.
 */
@Component(service = { BillRuns.class, JobHandler.class })
public class BillRuns implements JobHandler {

    static final String JOB_TYPE = "metering.bill-run";
    static final int BATCH = 500;

    private final MeteringStore store;
    private final Billing billing;
    private final Tariffs tariffs;
    private final Jobs jobs;
    private final TableStatistics statistics;

    @Activate
    public BillRuns(@Reference MeteringStore store, @Reference Billing billing, @Reference Tariffs tariffs, @Reference Jobs jobs,
            @Reference TableStatistics statistics) {
        this.store = store;
        this.billing = billing;
        this.tariffs = tariffs;
        this.jobs = jobs;
        this.statistics = statistics;
    }

    public BillRun start(String tenant, String actor, NewBillRun request) {
        Validation.requireBody(request);
        YearMonth month = Billing.period(request.period());
        String routeId = request.routeId();
        List<String> accounts = new ArrayList<>();
        BillRunEntity run = store.in(tenant, em -> {
            if (routeId != null && em.find(RouteEntity.class, routeId) == null) {
                throw Problems.ruleViolated(Text.of("没有这个抄表册", "No such reading book"),
                        List.of(new FieldError("routeId", Text.of("不存在", "does not exist"))));
            }
            // the accounts are read once: the run's total and its parts come from the same list
            accounts.addAll(accounts(em, routeId, null, null));
            BillRunEntity r = new BillRunEntity();
            r.id = UUID.randomUUID().toString();
            r.period = month.toString();
            r.routeId = routeId;
            r.total = accounts.size();
            r.actor = actor;
            r.startedAt = store.now(tenant);
            em.persist(r);
            return r;
        });
        List<PartPlan> parts = new ArrayList<>();
        for (int from = 0; from < accounts.size(); from += BATCH) {
            List<String> batch = accounts.subList(from, Math.min(accounts.size(), from + BATCH));
            parts.add(new PartPlan(batch.get(0) + ".." + batch.get(batch.size() - 1), batch.size()));
        }
        Map<String, String> params = new HashMap<>();
        params.put("period", run.period);
        if (routeId != null) {
            params.put("routeId", routeId);
        }
        jobs.submit(new JobRequest(run.id, tenant, JOB_TYPE, actor, params, null, parts));
        return find(tenant, run.id);
    }

    public BillRun find(String tenant, String id) {
        BillRunEntity r = store.in(tenant, em -> em.find(BillRunEntity.class, id));
        Job job = r == null ? null : jobs.find(tenant, id).orElse(null);
        if (job == null) {
            throw Problems.notFound(Text.of("没有这次出账", "No such bill run"));
        }
        return new BillRun(r.id, r.period, r.routeId, job.status(), (int) job.total(), (int) job.done(), (int) job.counter("billed"),
                (int) job.counter("skipped"), job.rate() == null ? 0 : job.rate(), job.etaSeconds(), r.startedAt, job.finishedAt(),
                (int) job.counter("held"));
    }

    @Override
    public String type() {
        return JOB_TYPE;
    }

    /**
     * One part: the accounts of the range, billed set-wise in one transaction ({@link BillBatch}); an account this run
     * billed before counts as billed, one held by an unreviewed anomaly as held.
     */
    @Override
    public Map<String, Long> run(JobPart part) {
        String tenant = part.tenant();
        String[] range = part.payload().split("\\.\\.", 2);
        YearMonth month = YearMonth.parse(part.params().get("period"));
        OffsetDateTime now = store.now(tenant);
        return store.in(tenant, em -> BillBatch.bill(em, billing, tariffs, accounts(em, part.params().get("routeId"), range[0], range[1]), month,
                part.jobId(), now));
    }

    /**
     * A run gave most accounts an open bill, its lines and a ledger movement: without fresh statistics the cashiers'
     * payments that follow were planned as if few bills were open, and each scanned all the branch's open bills
     * (bench/README.md: 41–62 payments a second after 200,000 bills, 189 with them).
     */
    @Override
    public void finished(Job job) {
        if (job.counter("billed") > 0) {
            statistics.refresh("met_bill", "met_bill_line", "met_ledger", "met_balance", "met_reading");
        }
    }

    /** The accounts a run considers: those with a meter in service (in the book, when one is given), in a range of numbers. */
    private static List<String> accounts(EntityManager em, String routeId, String first, String last) {
        String q = "select distinct m.accountNo from MeterEntity m where m.status = 'ACTIVE'" + (routeId == null ? "" : " and m.routeId = :r")
                + (first == null ? "" : " and m.accountNo between :first and :last") + " order by m.accountNo";
        var query = em.createQuery(q, String.class);
        if (routeId != null) {
            query.setParameter("r", routeId);
        }
        if (first != null) {
            query.setParameter("first", first).setParameter("last", last);
        }
        return query.getResultList();
    }
}
