package com.gasline.metering.internal.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.accounts.api.CustomerCategory;
import com.gasline.metering.api.rest.Bill;
import com.gasline.metering.api.rest.BillLine;
import com.gasline.metering.internal.rules.AccountMoney;
import com.gasline.metering.internal.rules.BillDrafts;
import com.gasline.metering.internal.rules.PriceVersion;
import com.gasline.metering.internal.rules.Pricing;
import com.gasline.metering.internal.rules.TrueUp;
import com.gasline.metering.internal.store.BalanceEntity;
import com.gasline.metering.internal.store.BillEntity;
import com.gasline.metering.internal.store.BillLineEntity;
import com.gasline.metering.internal.store.MeteredAccountEntity;
import com.gasline.metering.internal.store.MeteringStore;
import com.gasline.metering.internal.store.ReadingEntity;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/**
 * Bills: one per account and period (unique key), with one line per tier and price period, settled at once
 * from a prepayment balance. {@link BillRuns} bills whole books or branches with it.
 */
@Component(service = Billing.class)
public class Billing {

    /** Days after the end of the period before a bill is overdue. */
    static final int DUE_DAYS = 20;

    private final MeteringStore store;
    private final Tariffs tariffs;

    @Activate
    public Billing(@Reference MeteringStore store, @Reference Tariffs tariffs) {
        this.store = store;
        this.tariffs = tariffs;
    }

    /**
     * BILLED now, ALREADY billed by this run before it resumed, SKIPPED (billed elsewhere or nothing to bill),
     * HELD (an unreviewed 用气异常 keeps the account from being billed).
     */
    enum Outcome {
        BILLED, ALREADY, SKIPPED, HELD
    }

    /** The account's bills with their lines, latest first. */
    public Page<Bill> bills(String tenant, String accountNo, PageRequest page) {
        return store.in(tenant, em -> {
            AccountLedger.known(em.find(MeteredAccountEntity.class, accountNo));
            return page.read(em.createQuery("select count(b) from BillEntity b where b.accountNo = :a", Long.class).setParameter("a", accountNo),
                    em.createQuery("select b from BillEntity b where b.accountNo = :a order by b.toDate desc, b.period desc, b.id", BillEntity.class)
                            .setParameter("a", accountNo), b -> view(em, b));
        });
    }

    public Bill bill(String tenant, String billId) {
        return store.in(tenant, em -> view(em, AccountLedger.bill(em.find(BillEntity.class, billId))));
    }

    static Bill view(EntityManager em, BillEntity b) {
        return new Bill(b.id, b.accountNo, b.period, b.fromDate, b.toDate, b.volume, b.amountFen, b.paidFen, b.status, b.dueOn, lines(em, b.id), b.estimated);
    }

    /** 销户: the final bill of everything read and not yet billed, due at once. */
    public void finalBill(EntityManager em, String accountNo, OffsetDateTime now) {
        LocalDate today = now.toLocalDate();
        billAccount(em, accountNo, "FINAL-" + today, today, today, null, new HashMap<>(), now);
    }

    /**
     * Bills one account for {@code period} if it has unbilled readings up to {@code end}. In a bill run an account
     * with an unreviewed 用气异常 is held: nothing is billed and the run records why. The 销户 final bill, taken by
     * the clerk closing the account, is not held.
     */
    Outcome billAccount(EntityManager em, String accountNo, String period, LocalDate end, LocalDate dueOn, String runId,
            Map<CustomerCategory, List<PriceVersion>> prices, OffsetDateTime now) {
        List<BillEntity> existing = em.createQuery("select b from BillEntity b where b.accountNo = :a and b.period = :p", BillEntity.class)
                .setParameter("a", accountNo).setParameter("p", period).getResultList();
        if (!existing.isEmpty()) {
            // billed by this very run before a restart: already counted
            return runId != null && runId.equals(existing.get(0).runId) ? Outcome.ALREADY : Outcome.SKIPPED;
        }
        List<ReadingEntity> readings = em.createQuery(
                "select r from ReadingEntity r where r.accountNo = :a and r.billId is null and r.supersededBy is null and r.readOn <= :end"
                + " order by r.readOn", ReadingEntity.class)
                .setParameter("a", accountNo).setParameter("end", end).getResultList();
        MeteredAccountEntity account = em.find(MeteredAccountEntity.class, accountNo);
        if (readings.isEmpty() || account == null) {
            return Outcome.SKIPPED;
        }
        if (runId != null && !Holds.hold(em, runId, readings).isEmpty()) {
            return Outcome.HELD;
        }
        CustomerCategory category = CustomerCategory.valueOf(account.category);
        List<PriceVersion> versions = prices.computeIfAbsent(category, c -> tariffs.versions(em, c));
        LocalDate to = readings.get(readings.size() - 1).readOn;
        LocalDate from = previousBoundary(em, accountNo, readings.get(0).readOn, to);
        BigDecimal volume = readings.stream().map(r -> r.consumption).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BillLine> credits = estimateCredits(em, readings);
        List<BillLine> gas;
        try {
            // the estimated volume credited leaves the tariff year, so the actual volume takes its tiers
            gas = Pricing.price(versions, from, to, volume, account.householdSize,
                    year -> usedInYear(em, accountNo, year).add(TrueUp.creditedIn(credits, year)));
        } catch (ProblemException noTariff) {
            return Outcome.SKIPPED;
        }
        BigDecimal net = credits.stream().map(BillLine::volume).reduce(volume, BigDecimal::add);
        BillEntity bill = issue(em, accountNo, period, "READING", from, to, net, TrueUp.lines(gas, credits), dueOn, runId, now);
        bill.estimated = readings.stream().anyMatch(r -> ReadingLog.ESTIMATE.equals(r.source));
        readings.forEach(r -> r.billId = bill.id);
        post(em, bill, runId == null ? "billing" : "bill-run", now);
        return Outcome.BILLED;
    }

    /** TRUE_UP lines: what the bills of the estimates these readings superseded charged for them, credited back. */
    private static List<BillLine> estimateCredits(EntityManager em, List<ReadingEntity> readings) {
        List<BillLine> credits = new ArrayList<>();
        for (ReadingEntity r : readings) {
            if (r.estimatedVolume == null) {
                continue;
            }
            Map<String, BigDecimal> byBill = new LinkedHashMap<>();
            em.createQuery("select e from ReadingEntity e where e.supersededBy = :r and e.billId is not null order by e.readOn", ReadingEntity.class)
                    .setParameter("r", r.id).getResultList().forEach(e -> byBill.merge(e.billId, e.consumption, BigDecimal::add));
            byBill.forEach((billId, estimated) -> credits.addAll(TrueUp.credit(lines(em, billId), estimated)));
        }
        return credits;
    }

    /** A bill is charged to the ledger; a true-up that credits more than it charges pays the difference into the account. */
    private static void post(EntityManager em, BillEntity bill, String actor, OffsetDateTime now) {
        if (bill.amountFen >= 0) {
            Ledgers.charge(em, bill, "BILL", actor, now);
            return;
        }
        em.flush();
        BalanceEntity balance = Ledgers.lock(em, bill.accountNo);
        AccountMoney money = Ledgers.open(em, balance);
        money.pay(TrueUp.TRUE_UP, bill.id, -bill.amountFen);
        Ledgers.save(em, balance, money, actor, bill.period, now);
    }

    /** A bill with one line per tier and price period. */
    static BillEntity issue(EntityManager em, String accountNo, String period, String kind, LocalDate from, LocalDate to,
            BigDecimal volume, List<BillLine> lines, LocalDate dueOn, String runId, OffsetDateTime now) {
        BillEntity bill = new BillEntity();
        bill.id = UUID.randomUUID().toString();
        bill.accountNo = accountNo;
        bill.period = period;
        bill.kind = kind;
        bill.fromDate = from;
        bill.toDate = to;
        bill.volume = volume;
        bill.amountFen = lines.stream().mapToLong(BillLine::amountFen).sum();
        // a true-up credit owes nothing
        bill.status = bill.amountFen <= 0 ? "PAID" : "OPEN";
        bill.dueOn = dueOn;
        bill.runId = runId;
        bill.issuedAt = now;
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
            line.kind = l.kind();
            line.tariffYear = l.tariffYear();
            em.persist(line);
        }
        return bill;
    }

    private static List<BillLine> lines(EntityManager em, String billId) {
        return em.createQuery("select l from BillLineEntity l where l.billId = :b order by l.seq", BillLineEntity.class).setParameter("b", billId)
                .getResultList().stream().map(l -> new BillLine(l.seq, l.fromDate, l.toDate, l.tier, l.volume, l.priceFen, l.amountFen, l.tariffYear,
                        l.kind))
                .toList();
    }

    /** Annual volume already billed to the account in the tariff year starting on {@code year}. */
    static BigDecimal usedInYear(EntityManager em, String accountNo, LocalDate year) {
        BigDecimal used = em.createQuery("select sum(l.volume) from BillLineEntity l, BillEntity b where b.id = l.billId and b.status <> 'REVERSED'"
                + " and l.accountNo = :a and l.tariffYear = :y", BigDecimal.class)
                .setParameter("a", accountNo).setParameter("y", year).getSingleResult();
        return used == null ? BigDecimal.ZERO : used;
    }

    /** The day before the bill's period ({@link BillDrafts#from}), from this account's own bills and meters. */
    private static LocalDate previousBoundary(EntityManager em, String accountNo, LocalDate firstReading, LocalDate to) {
        LocalDate lastBilled = em.createQuery("select max(b.toDate) from BillEntity b where b.accountNo = :a and b.kind = 'READING' and b.status <> 'REVERSED'", LocalDate.class)
                .setParameter("a", accountNo).getSingleResult();
        LocalDate installed = lastBilled != null ? null
                : em.createQuery("select min(m.installedOn) from MeterEntity m where m.accountNo = :a", LocalDate.class)
                        .setParameter("a", accountNo).getSingleResult();
        return BillDrafts.from(lastBilled, installed, firstReading, to);
    }

    static YearMonth period(String period) {
        try {
            return YearMonth.parse(period == null ? "" : period);
        } catch (DateTimeParseException e) {
            throw Problems.validation(List.of(new FieldError("period", Text.of("格式为 YYYY-MM", "format YYYY-MM"))));
        }
    }
}
