package com.gasline.metering.internal.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.accounts.api.CustomerCategory;
import com.gasline.metering.api.rest.Arrears;
import com.gasline.metering.api.rest.ArrearsReport;
import com.gasline.metering.api.rest.BillLine;
import com.gasline.metering.api.rest.DunningStep;
import com.gasline.metering.api.rest.IcPurchase;
import com.gasline.metering.api.rest.LowBalance;
import com.gasline.metering.api.rest.NewPayment;
import com.gasline.metering.api.rest.Payment;
import com.gasline.metering.internal.rules.DunningLadder;
import com.gasline.metering.internal.rules.Pricing;
import com.gasline.metering.internal.store.AllocationEntity;
import com.gasline.metering.internal.store.BalanceEntity;
import com.gasline.metering.internal.store.BillEntity;
import com.gasline.metering.internal.store.DunningEntity;
import com.gasline.metering.internal.store.MeterEntity;
import com.gasline.metering.internal.store.MeteredAccountEntity;
import com.gasline.metering.internal.store.MeteringStore;
import com.gasline.metering.internal.store.PaymentEntity;
import com.gasline.metering.internal.store.RouteEntity;
import com.gasline.platform.api.persistence.Sequences;
import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/**
 * 缴费: one payment per Idempotency-Key (unique in the database, so even concurrent replays pay once),
 * settling the oldest open bills first, the rest kept as prepayment; receipts numbered without reuse.
 * Also IC-card gas sales and the arrears list.
 */
@Component(service = Payments.class)
public class Payments {

    private static final Set<String> CHANNELS = Set.of("COUNTER", "BANK", "ONLINE");

    private final MeteringStore store;
    private final AccountSync accounts;
    private final Tariffs tariffs;
    private final Sequences sequences;

    @Activate
    public Payments(@Reference MeteringStore store, @Reference AccountSync accounts, @Reference Tariffs tariffs,
            @Reference Sequences sequences) {
        this.store = store;
        this.sequences = sequences;
        this.accounts = accounts;
        this.tariffs = tariffs;
    }

    /** The payment and whether it was made now (false: a replay of an earlier one). */
    public record Paid(Payment payment, boolean created) {
    }

    public Paid pay(String tenant, String cashier, String key, NewPayment p) {
        key(key);
        Validation.requireBody(p);
        new Validation().required("accountNo", p.accountNo()).required("amountFen", p.amountFen())
                .check(p.amountFen() == null || (p.amountFen() > 0 && p.amountFen() <= 100_000_000L), "amountFen",
                        "金额（分）须大于 0 且不超过 100 万元", "must be more than 0 and at most 1,000,000 yuan in fen")
                .check(p.channel() == null || CHANNELS.contains(p.channel()), "channel", "只能是 COUNTER、BANK 或 ONLINE",
                        "must be COUNTER, BANK or ONLINE")
                .throwIfInvalid();
        Paid earlier = replay(tenant, key, p.accountNo(), p.amountFen());
        if (earlier != null) {
            return earlier;
        }
        accounts.refresh(tenant, p.accountNo());
        ensureBalance(tenant, p.accountNo());
        String receipt = receipt(tenant);
        try {
            return new Paid(store.in(tenant, em -> settle(em, key, p.accountNo(), p.amountFen(), p.channel() == null ? "COUNTER" : p.channel(),
                    cashier, receipt, null, store.now(tenant))), true);
        } catch (ProblemException raced) {
            Paid first = raced.status() == 409 ? replay(tenant, key, p.accountNo(), p.amountFen()) : null;
            if (first == null) {
                throw raced;
            }
            return first;
        }
    }

    /** IC卡售气: the volume is priced through the category's tariff today, billed and paid in one go. */
    public Paid buyGas(String tenant, String cashier, String key, IcPurchase purchase) {
        key(key);
        Validation.requireBody(purchase);
        new Validation().required("accountNo", purchase.accountNo()).required("cardNo", purchase.cardNo())
                .required("volume", purchase.volume())
                .check(purchase.volume() == null || (purchase.volume().signum() > 0 && Meters.volume(purchase.volume())), "volume",
                        "购气量须大于 0，最多 3 位小数", "must be more than 0 m³ with up to 3 decimals")
                .throwIfInvalid();
        PaymentEntity done = store.in(tenant, em -> byKey(em, key));
        if (done != null) {
            return new Paid(store.in(tenant, em -> view(em, done)), false);
        }
        MeteredAccountEntity account = accounts.refresh(tenant, purchase.accountNo());
        ensureBalance(tenant, purchase.accountNo());
        String receipt = receipt(tenant);
        try {
            return new Paid(store.in(tenant, em -> {
                boolean card = !em.createQuery("select m from MeterEntity m where m.accountNo = :a and m.type = 'IC_CARD' and m.status = 'ACTIVE'",
                        MeterEntity.class).setParameter("a", purchase.accountNo()).getResultList().isEmpty();
                if (!card) {
                    throw Problems.ruleViolated(Text.of("该户没有在用的 IC 卡表", "The account has no IC-card meter in service"));
                }
                LocalDate today = store.today(tenant);
                List<BillLine> lines = Pricing.price(tariffs.versions(em, CustomerCategory.valueOf(account.category)), today.minusDays(1), today,
                        purchase.volume(), account.householdSize, year -> Billing.usedInYear(em, purchase.accountNo(), year));
                BillEntity bill = Billing.issue(em, purchase.accountNo(), "IC-" + receipt, "IC_PURCHASE", today.minusDays(1), today,
                        purchase.volume(), lines, today, null, store.now(tenant));
                em.flush();
                return settle(em, key, purchase.accountNo(), bill.amountFen, "COUNTER", cashier, receipt, bill.id, store.now(tenant));
            }), true);
        } catch (ProblemException raced) {
            PaymentEntity first = raced.status() == 409 ? store.in(tenant, em -> byKey(em, key)) : null;
            if (first == null) {
                throw raced;
            }
            return new Paid(store.in(tenant, em -> view(em, first)), false);
        }
    }

    public List<BillEntity> bills(String tenant, String accountNo) {
        return store.in(tenant, em -> em.createQuery("select b from BillEntity b where b.accountNo = :a order by b.toDate desc, b.period desc",
                BillEntity.class).setParameter("a", accountNo).getResultList());
    }

    /** 欠费: accounts with bills past due on {@code asOf}, aged by their oldest overdue bill. */
    public ArrearsReport arrears(String tenant, LocalDate asOf) {
        return store.in(tenant, em -> {
            List<BillEntity> overdue = em.createQuery("select b from BillEntity b where b.status = 'OPEN' and b.dueOn < :d order by b.accountNo, b.dueOn",
                    BillEntity.class).setParameter("d", asOf).getResultList();
            Map<String, List<BillEntity>> byAccount = new LinkedHashMap<>();
            overdue.forEach(b -> byAccount.computeIfAbsent(b.accountNo, a -> new ArrayList<>()).add(b));
            Map<String, Long> owed = new LinkedHashMap<>(Map.of("0-30", 0L, "31-90", 0L, "90+", 0L));
            Map<String, Integer> count = new LinkedHashMap<>(Map.of("0-30", 0, "31-90", 0, "90+", 0));
            List<Arrears> list = new ArrayList<>();
            for (var e : byAccount.entrySet()) {
                long due = e.getValue().stream().mapToLong(b -> b.amountFen - b.paidFen).sum();
                LocalDate oldest = e.getValue().get(0).dueOn;
                int days = (int) ChronoUnit.DAYS.between(oldest, asOf);
                String bucket = days <= 30 ? "0-30" : days <= 90 ? "31-90" : "90+";
                owed.merge(bucket, due, Long::sum);
                count.merge(bucket, 1, Integer::sum);
                MeteredAccountEntity a = em.find(MeteredAccountEntity.class, e.getKey());
                List<String> steps = steps(em, e.getKey());
                list.add(new Arrears(e.getKey(), a == null ? null : a.holderName, a == null ? null : a.address, due, e.getValue().size(),
                        oldest, days, bucket, dunOn(em, e.getKey(), asOf), steps.isEmpty() ? null : steps.get(steps.size() - 1)));
            }
            return new ArrearsReport(asOf, owed, count, list);
        });
    }

    /** IC-card accounts with a meter in service whose prepayment balance is below {@code belowFen}. */
    public List<LowBalance> lowBalance(String tenant, long belowFen) {
        return store.in(tenant, em -> em.createQuery("select distinct m.accountNo from MeterEntity m where m.type = 'IC_CARD' and m.status = 'ACTIVE'"
                + " order by m.accountNo", String.class).getResultList().stream().map(no -> {
                    BalanceEntity b = em.find(BalanceEntity.class, no);
                    long balance = b == null ? 0 : b.balanceFen;
                    MeteredAccountEntity a = em.find(MeteredAccountEntity.class, no);
                    return balance < belowFen ? new LowBalance(no, a == null ? null : a.holderName, a == null ? null : a.address, balance) : null;
                }).filter(l -> l != null).toList());
    }

    /** Records the next 催缴 step, checked against the debt today and the steps already taken. */
    public DunningStep dun(String tenant, String actor, String accountNo, DunningStep step) {
        Validation.requireBody(step);
        new Validation().required("step", step.step()).maxLength("note", step.note(), 500).throwIfInvalid();
        LocalDate today = store.today(tenant);
        return store.in(tenant, em -> {
            List<BillEntity> overdue = em.createQuery("select b from BillEntity b where b.accountNo = :a and b.status = 'OPEN' and b.dueOn < :d"
                    + " order by b.dueOn", BillEntity.class).setParameter("a", accountNo).setParameter("d", today).getResultList();
            long owed = overdue.stream().mapToLong(b -> b.amountFen - b.paidFen).sum();
            int days = overdue.isEmpty() ? 0 : (int) ChronoUnit.DAYS.between(overdue.get(0).dueOn, today);
            DunningLadder.check(steps(em, accountNo), step.step(), owed, days);
            DunningEntity e = new DunningEntity();
            e.id = UUID.randomUUID().toString();
            e.accountNo = accountNo;
            e.step = step.step();
            e.note = step.note();
            e.owedFen = owed;
            e.daysOverdue = days;
            e.byUser = actor;
            e.at = store.now(tenant);
            em.persist(e);
            return view(e);
        });
    }

    public List<DunningStep> dunning(String tenant, String accountNo) {
        return store.in(tenant, em -> em.createQuery("select d from DunningEntity d where d.accountNo = :a order by d.at", DunningEntity.class)
                .setParameter("a", accountNo).getResultList().stream().map(Payments::view).toList());
    }

    private static List<String> steps(EntityManager em, String accountNo) {
        return em.createQuery("select d.step from DunningEntity d where d.accountNo = :a order by d.at", String.class).setParameter("a", accountNo)
                .getResultList();
    }

    private static DunningStep view(DunningEntity e) {
        return new DunningStep(e.step, e.note, e.owedFen, e.daysOverdue, e.byUser, e.at);
    }

    /** 催缴 at the next reading: the next reading day of the account's book after {@code asOf}. */
    private static LocalDate dunOn(EntityManager em, String accountNo, LocalDate asOf) {
        List<String> routes = em.createQuery("select m.routeId from MeterEntity m where m.accountNo = :a and m.status = 'ACTIVE' and m.routeId is not null",
                String.class).setParameter("a", accountNo).setMaxResults(1).getResultList();
        if (routes.isEmpty()) {
            return null;
        }
        RouteEntity route = em.find(RouteEntity.class, routes.get(0));
        LocalDate day = asOf.withDayOfMonth(route.readingDay);
        return day.isAfter(asOf) ? day : day.plusMonths(1);
    }

    private PaymentEntity byKey(EntityManager em, String key) {
        List<PaymentEntity> found = em.createQuery("select p from PaymentEntity p where p.idempotencyKey = :k", PaymentEntity.class)
                .setParameter("k", key).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private Paid replay(String tenant, String key, String accountNo, long amountFen) {
        return store.in(tenant, em -> {
            PaymentEntity p = byKey(em, key);
            if (p == null) {
                return null;
            }
            if (!p.accountNo.equals(accountNo) || p.amountFen != amountFen) {
                throw Problems.conflict(Text.of("该 Idempotency-Key 已用于另一笔缴费", "This Idempotency-Key was used for a different payment"));
            }
            return new Paid(view(em, p), false);
        });
    }

    private Payment settle(EntityManager em, String key, String accountNo, long amountFen, String channel, String cashier, String receipt,
            String onlyBill, OffsetDateTime now) {
        BalanceEntity balance = em.find(BalanceEntity.class, accountNo, LockModeType.PESSIMISTIC_WRITE);
        PaymentEntity payment = new PaymentEntity();
        payment.id = UUID.randomUUID().toString();
        payment.idempotencyKey = key;
        payment.accountNo = accountNo;
        payment.amountFen = amountFen;
        payment.channel = channel;
        payment.receiptNo = receipt;
        payment.cashier = cashier;
        payment.paidAt = now;
        em.persist(payment);
        var query = em.createQuery("select b from BillEntity b where b.accountNo = :a and b.status = 'OPEN'"
                + (onlyBill == null ? "" : " and b.id = :only") + " order by b.dueOn, b.period", BillEntity.class).setParameter("a", accountNo);
        if (onlyBill != null) {
            query.setParameter("only", onlyBill);
        }
        long left = amountFen;
        for (BillEntity bill : query.getResultList()) {
            if (left == 0) {
                break;
            }
            long part = Math.min(left, bill.amountFen - bill.paidFen);
            bill.paidFen += part;
            if (bill.paidFen == bill.amountFen) {
                bill.status = "PAID";
            }
            left -= part;
            AllocationEntity a = new AllocationEntity();
            a.id = UUID.randomUUID().toString();
            a.paymentId = payment.id;
            a.billId = bill.id;
            a.period = bill.period;
            a.amountFen = part;
            em.persist(a);
        }
        balance.balanceFen += left;
        payment.balanceAfterFen = balance.balanceFen;
        em.flush();
        return view(em, payment);
    }

    private Payment view(EntityManager em, PaymentEntity p) {
        List<Payment.Allocation> allocations = em.createQuery("select a from AllocationEntity a where a.paymentId = :p order by a.period",
                AllocationEntity.class).setParameter("p", p.id).getResultList().stream()
                .map(a -> new Payment.Allocation(a.billId, a.period, a.amountFen)).toList();
        return new Payment(p.id, p.receiptNo, p.accountNo, p.amountFen, p.channel, p.cashier, p.paidAt, allocations, p.balanceAfterFen);
    }

    private void ensureBalance(String tenant, String accountNo) {
        try {
            store.in(tenant, em -> {
                if (em.find(BalanceEntity.class, accountNo) == null) {
                    BalanceEntity b = new BalanceEntity();
                    b.accountNo = accountNo;
                    em.persist(b);
                }
                return null;
            });
        } catch (ProblemException raced) {
            if (raced.status() != 409) {
                throw raced;
            }
        }
    }

    private String receipt(String tenant) {
        int year = store.today(tenant).getYear();
        return String.format("SK%d%08d", year, sequences.next(tenant, "metering.receipt-" + year));
    }

    private static void key(String key) {
        new Validation().check(key != null && !key.isBlank() && key.length() <= 100, "Idempotency-Key",
                "必须提供 Idempotency-Key 请求头（最多 100 个字符），重复提交不会重复收费",
                "the Idempotency-Key header is required (at most 100 characters) so a retry never pays twice").throwIfInvalid();
    }
}
