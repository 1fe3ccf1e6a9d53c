package com.gasline.metering.internal.billing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gasline.accounts.api.CustomerCategory;
import com.gasline.metering.api.rest.BillLine;
import com.gasline.metering.api.rest.BillRun;
import com.gasline.metering.internal.rules.PriceVersion;
import com.gasline.metering.internal.rules.Pricing;
import com.gasline.metering.internal.store.BalanceEntity;
import com.gasline.metering.internal.store.BillEntity;
import com.gasline.metering.internal.store.BillLineEntity;
import com.gasline.metering.internal.store.BillRunEntity;
import com.gasline.metering.internal.store.MeteredAccountEntity;
import com.gasline.metering.internal.store.MeteringStore;
import com.gasline.metering.internal.store.ReadingEntity;
import com.gasline.metering.internal.store.RouteEntity;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.tenant.Tenant;
import com.gasline.platform.api.tenant.TenantRegistry;

/**
 * Bills and bill runs. A run bills, for one period, every metered account of the branch (or of one
 * book) that has unbilled readings, in batches of {@value #BATCH} accounts per transaction with the
 * run's progress in the same transaction. One bill per account and period (unique key): a rerun bills
 * only what is missing, and a run interrupted by a restart resumes where its last batch committed.
 */
@Component(service = Billing.class)
public class Billing {

    static final int BATCH = 200;
    /** Days after the end of the period before a bill is overdue. */
    static final int DUE_DAYS = 20;
    private static final Logger LOG = LoggerFactory.getLogger(Billing.class);

    private final MeteringStore store;
    private final Tariffs tariffs;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> new Thread(r, "gasline-bill-run"));

    @Activate
    public Billing(@Reference MeteringStore store, @Reference Tariffs tariffs, @Reference TenantRegistry tenants) {
        this.store = store;
        this.tariffs = tariffs;
        for (Tenant t : tenants.list()) {
            for (BillRunEntity run : store.in(t.code(), em -> em.createQuery("select r from BillRunEntity r where r.status = 'RUNNING'",
                    BillRunEntity.class).getResultList())) {
                LOG.info("Resuming bill run {} of {} for {}", run.id, t.code(), run.period);
                runner.submit(() -> run(t.code(), run.id));
            }
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        // a run cut off here stays RUNNING and resumes at the next activation
        runner.shutdownNow();
        runner.awaitTermination(30, TimeUnit.SECONDS);
    }

    public BillRunEntity start(String tenant, String actor, String period, String routeId) {
        YearMonth month = period(period);
        BillRunEntity run = store.in(tenant, em -> {
            if (routeId != null && em.find(RouteEntity.class, routeId) == null) {
                throw Problems.ruleViolated(Text.of("没有这个抄表册", "No such reading book"),
                        List.of(new FieldError("routeId", Text.of("不存在", "does not exist"))));
            }
            BillRunEntity r = new BillRunEntity();
            r.id = UUID.randomUUID().toString();
            r.period = month.toString();
            r.routeId = routeId;
            r.status = "RUNNING";
            r.total = accounts(em, routeId).size();
            r.actor = actor;
            r.startedAt = MeteringStore.now();
            em.persist(r);
            return r;
        });
        runner.submit(() -> run(tenant, run.id));
        return run;
    }

    public BillRun view(BillRunEntity r) {
        OffsetDateTime end = r.finishedAt != null ? r.finishedAt : MeteringStore.now();
        double seconds = Math.max(0.001, Duration.between(r.startedAt, end).toMillis() / 1000.0);
        double rate = r.done / seconds;
        Long eta = r.finishedAt != null ? Long.valueOf(0) : rate > 0 ? Long.valueOf(Math.round((r.total - r.done) / rate)) : null;
        return new BillRun(r.id, r.period, r.routeId, r.status, r.total, r.done, r.billed, r.skipped, Math.round(rate * 10) / 10.0, eta,
                r.startedAt, r.finishedAt);
    }

    public BillRunEntity find(String tenant, String id) {
        BillRunEntity r = store.in(tenant, em -> em.find(BillRunEntity.class, id));
        if (r == null) {
            throw Problems.notFound(Text.of("没有这次出账", "No such bill run"));
        }
        return r;
    }

    private void run(String tenant, String runId) {
        try {
            BillRunEntity run = find(tenant, runId);
            List<String> accounts = store.in(tenant, em -> accounts(em, run.routeId));
            YearMonth month = YearMonth.parse(run.period);
            store.in(tenant, em -> {
                em.find(BillRunEntity.class, runId).done = 0;
                return null;
            });
            for (int from = 0; from < accounts.size(); from += BATCH) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                List<String> batch = accounts.subList(from, Math.min(accounts.size(), from + BATCH));
                store.in(tenant, em -> {
                    BillRunEntity r = em.find(BillRunEntity.class, runId);
                    Map<CustomerCategory, List<PriceVersion>> prices = new HashMap<>();
                    for (String accountNo : batch) {
                        Outcome o = billAccount(em, accountNo, month.toString(), month.atEndOfMonth(),
                                month.atEndOfMonth().plusDays(DUE_DAYS), runId, prices);
                        r.done++;
                        if (o == Outcome.BILLED) {
                            r.billed++;
                        } else if (o == Outcome.SKIPPED) {
                            r.skipped++;
                        }
                    }
                    return null;
                });
            }
            store.in(tenant, em -> {
                BillRunEntity r = em.find(BillRunEntity.class, runId);
                r.status = "DONE";
                r.finishedAt = MeteringStore.now();
                return null;
            });
        } catch (RuntimeException e) {
            LOG.error("Bill run {} of {} failed", runId, tenant, e);
            store.in(tenant, em -> {
                BillRunEntity r = em.find(BillRunEntity.class, runId);
                r.status = "FAILED";
                r.finishedAt = MeteringStore.now();
                return null;
            });
        }
    }

    /** BILLED now, ALREADY billed by this run before it resumed, SKIPPED (billed elsewhere or nothing to bill). */
    enum Outcome {
        BILLED, ALREADY, SKIPPED
    }

    /** 销户: the final bill of everything read and not yet billed, due at once. */
    public void finalBill(EntityManager em, String accountNo) {
        LocalDate today = MeteringStore.today();
        billAccount(em, accountNo, "FINAL-" + today, today, today, null, new HashMap<>());
    }

    /** Bills one account for {@code period} if it has unbilled readings up to {@code end}. */
    private Outcome billAccount(EntityManager em, String accountNo, String period, LocalDate end, LocalDate dueOn, String runId,
            Map<CustomerCategory, List<PriceVersion>> prices) {
        List<BillEntity> existing = em.createQuery("select b from BillEntity b where b.accountNo = :a and b.period = :p", BillEntity.class)
                .setParameter("a", accountNo).setParameter("p", period).getResultList();
        if (!existing.isEmpty()) {
            // billed by this very run before a restart: already counted
            return runId != null && runId.equals(existing.get(0).runId) ? Outcome.ALREADY : Outcome.SKIPPED;
        }
        List<ReadingEntity> readings = em.createQuery(
                "select r from ReadingEntity r where r.accountNo = :a and r.billId is null and r.readOn <= :end order by r.readOn", ReadingEntity.class)
                .setParameter("a", accountNo).setParameter("end", end).getResultList();
        MeteredAccountEntity account = em.find(MeteredAccountEntity.class, accountNo);
        if (readings.isEmpty() || account == null) {
            return Outcome.SKIPPED;
        }
        CustomerCategory category = CustomerCategory.valueOf(account.category);
        List<PriceVersion> versions = prices.computeIfAbsent(category, c -> tariffs.versions(em, c));
        LocalDate to = readings.get(readings.size() - 1).readOn;
        LocalDate from = previousBoundary(em, accountNo, readings.get(0).readOn);
        if (!to.isAfter(from)) {
            from = to.minusDays(1);
        }
        BigDecimal volume = readings.stream().map(r -> r.consumption).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BillLine> lines;
        try {
            lines = Pricing.price(versions, from, to, volume, account.householdSize, year -> usedInYear(em, accountNo, year));
        } catch (ProblemException noTariff) {
            return Outcome.SKIPPED;
        }
        BillEntity bill = issue(em, accountNo, period, "READING", from, to, volume, lines, dueOn, runId);
        readings.forEach(r -> r.billId = bill.id);
        applyBalance(em, bill);
        return Outcome.BILLED;
    }

    /** A bill with one line per tier and price period. */
    static BillEntity issue(EntityManager em, String accountNo, String period, String kind, LocalDate from, LocalDate to,
            BigDecimal volume, List<BillLine> lines, LocalDate dueOn, String runId) {
        BillEntity bill = new BillEntity();
        bill.id = UUID.randomUUID().toString();
        bill.accountNo = accountNo;
        bill.period = period;
        bill.kind = kind;
        bill.fromDate = from;
        bill.toDate = to;
        bill.volume = volume;
        bill.amountFen = lines.stream().mapToLong(BillLine::amountFen).sum();
        bill.status = bill.amountFen == 0 ? "PAID" : "OPEN";
        bill.dueOn = dueOn;
        bill.runId = runId;
        bill.issuedAt = MeteringStore.now();
        em.persist(bill);
        for (BillLine l : lines) {
            BillLineEntity line = new BillLineEntity();
            line.id = bill.id + "/" + l.seq();
            line.billId = bill.id;
            line.accountNo = accountNo;
            line.seq = l.seq();
            line.fromDate = l.from();
            line.toDate = l.to();
            line.tier = l.tier();
            line.volume = l.volume();
            line.priceFen = l.priceFen();
            line.amountFen = l.amountFen();
            line.tariffYear = l.tariffYear();
            em.persist(line);
        }
        return bill;
    }

    /** Annual volume already billed to the account in the tariff year starting on {@code year}. */
    static BigDecimal usedInYear(EntityManager em, String accountNo, LocalDate year) {
        BigDecimal used = em.createQuery("select sum(l.volume) from BillLineEntity l where l.accountNo = :a and l.tariffYear = :y", BigDecimal.class)
                .setParameter("a", accountNo).setParameter("y", year).getSingleResult();
        return used == null ? BigDecimal.ZERO : used;
    }

    /** The day the last bill ended, or the day before the first reading's meter was installed. */
    private static LocalDate previousBoundary(EntityManager em, String accountNo, LocalDate firstReading) {
        LocalDate lastBilled = em.createQuery("select max(b.toDate) from BillEntity b where b.accountNo = :a and b.kind = 'READING'", LocalDate.class)
                .setParameter("a", accountNo).getSingleResult();
        if (lastBilled != null) {
            return lastBilled;
        }
        LocalDate installed = em.createQuery("select min(m.installedOn) from MeterEntity m where m.accountNo = :a", LocalDate.class)
                .setParameter("a", accountNo).getSingleResult();
        return installed != null && installed.isBefore(firstReading) ? installed : firstReading.minusDays(1);
    }

    /** 预存: a prepayment balance settles a new bill at once. */
    private static void applyBalance(EntityManager em, BillEntity bill) {
        BalanceEntity balance = em.find(BalanceEntity.class, bill.accountNo);
        if (balance == null || balance.balanceFen <= 0 || !"OPEN".equals(bill.status)) {
            return;
        }
        long used = Math.min(balance.balanceFen, bill.amountFen - bill.paidFen);
        balance.balanceFen -= used;
        bill.paidFen += used;
        if (bill.paidFen == bill.amountFen) {
            bill.status = "PAID";
        }
    }

    /** The accounts a run considers: those with a meter in service (in the book, when one is given). */
    private static List<String> accounts(EntityManager em, String routeId) {
        String q = "select distinct m.accountNo from MeterEntity m where m.status = 'ACTIVE'" + (routeId == null ? "" : " and m.routeId = :r")
                + " order by m.accountNo";
        var query = em.createQuery(q, String.class);
        if (routeId != null) {
            query.setParameter("r", routeId);
        }
        return query.getResultList();
    }

    static YearMonth period(String period) {
        try {
            return YearMonth.parse(period == null ? "" : period);
        } catch (DateTimeParseException e) {
            throw Problems.validation(List.of(new FieldError("period", Text.of("格式为 YYYY-MM", "format YYYY-MM"))));
        }
    }
}
