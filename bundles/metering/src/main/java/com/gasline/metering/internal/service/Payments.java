package com.gasline.metering.internal.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.accounts.api.CustomerCategory;
import com.gasline.metering.api.rest.BillLine;
import com.gasline.metering.api.rest.IcPurchase;
import com.gasline.metering.api.rest.LowBalance;
import com.gasline.metering.api.rest.NewPayment;
import com.gasline.metering.api.rest.Payment;
import com.gasline.metering.internal.rules.AccountMoney;
import com.gasline.metering.internal.rules.Pricing;
import com.gasline.metering.internal.store.AllocationEntity;
import com.gasline.metering.internal.store.BalanceEntity;
import com.gasline.metering.internal.store.BillEntity;
import com.gasline.metering.internal.store.MeterEntity;
import com.gasline.metering.internal.store.MeteredAccountEntity;
import com.gasline.metering.internal.store.MeteringStore;
import com.gasline.metering.internal.store.PaymentEntity;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.persistence.Sequences;
import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/**
 * 缴费: one payment per Idempotency-Key (unique in the database, so even concurrent replays pay once),
 * settling the oldest open bills first, the rest kept as prepayment; receipts numbered without reuse.
 * Also IC-card gas sales and the prepaid accounts running low.
 */
@Component(service = Payments.class)
public class Payments {

    /** COUNTER, the first channel, is cash at the counter, as CASH is. */
    private static final Set<String> CHANNELS = Set.of("COUNTER", "CASH", "CARD", "WECHAT", "ALIPAY", "BANK", "ONLINE");

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
                .check(p.channel() == null || CHANNELS.contains(p.channel()), "channel",
                        "只能是 CASH、CARD、WECHAT、ALIPAY、BANK、ONLINE 或 COUNTER（柜台现金）",
                        "must be CASH, CARD, WECHAT, ALIPAY, BANK, ONLINE or COUNTER (cash at the counter)")
                .throwIfInvalid();
        Paid earlier = replay(tenant, key, p.accountNo(), p.amountFen());
        if (earlier != null) {
            return earlier;
        }
        accounts.refresh(tenant, p.accountNo());
        ensureBalance(tenant, p.accountNo());
        String receipt = receipt(tenant);
        try {
            return new Paid(store.in(tenant, em -> settle(em, key, p.accountNo(), p.amountFen(), p.channel() == null ? "COUNTER" : p.channel(), "PAYMENT",
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
                Ledgers.charge(em, bill, "IC_SALE", cashier, store.now(tenant));
                em.flush();
                return settle(em, key, purchase.accountNo(), bill.amountFen, "COUNTER", "PAYMENT", cashier, receipt, bill.id, store.now(tenant));
            }), true);
        } catch (ProblemException raced) {
            PaymentEntity first = raced.status() == 409 ? store.in(tenant, em -> byKey(em, key)) : null;
            if (first == null) {
                throw raced;
            }
            return new Paid(store.in(tenant, em -> view(em, first)), false);
        }
    }

    public Payment payment(String tenant, String id) {
        return store.in(tenant, em -> {
            PaymentEntity p = id == null ? null : em.find(PaymentEntity.class, id);
            if (p == null) {
                throw Problems.notFound(Text.of("没有这笔缴费", "No such payment"));
            }
            return view(em, p);
        });
    }

    /**
     * IC-card accounts with a meter in service whose prepayment balance is below {@code belowFen} (2000 when not given):
     * each balance is judged here, so the page is cut from the whole list and {@code total} counts all of it.
     */
    public Page<LowBalance> lowBalance(String tenant, Long belowFen, PageRequest page) {
        new Validation().check(belowFen == null || belowFen > 0, "belowFen", "须大于 0", "must be more than 0").throwIfInvalid();
        long threshold = belowFen == null ? 2000 : belowFen;
        return page.slice(store.in(tenant, em -> em.createQuery("select distinct m.accountNo from MeterEntity m where m.type = 'IC_CARD' and m.status = 'ACTIVE'"
                + " order by m.accountNo", String.class).getResultList().stream().map(no -> {
                    BalanceEntity b = em.find(BalanceEntity.class, no);
                    long balance = b == null ? 0 : b.balanceFen;
                    MeteredAccountEntity a = em.find(MeteredAccountEntity.class, no);
                    return balance < threshold ? new LowBalance(no, a == null ? null : a.holderName, a == null ? null : a.address, balance) : null;
                }).filter(l -> l != null).toList()));
    }

    static PaymentEntity byKey(EntityManager em, String key) {
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

    private Payment settle(EntityManager em, String key, String accountNo, long amountFen, String channel, String kind, String cashier,
            String receipt, String forBill, OffsetDateTime now) {
        BalanceEntity balance = Ledgers.lock(em, accountNo);
        PaymentEntity payment = newPayment(key, accountNo, amountFen, channel, kind, cashier, receipt, now);
        em.persist(payment);
        AccountMoney money = Ledgers.open(em, balance);
        if (forBill == null) {
            money.pay(kind, payment.id, amountFen);
        } else {
            money.payFor(forBill, kind, payment.id, amountFen);
        }
        Ledgers.save(em, balance, money, cashier, receipt, now);
        payment.balanceAfterFen = balance.balanceFen;
        em.flush();
        return view(em, payment);
    }

    static PaymentEntity newPayment(String key, String accountNo, long amountFen, String channel, String kind, String cashier, String receipt,
            OffsetDateTime now) {
        PaymentEntity payment = new PaymentEntity();
        payment.id = UUID.randomUUID().toString();
        payment.idempotencyKey = key;
        payment.accountNo = accountNo;
        payment.amountFen = amountFen;
        payment.channel = channel;
        payment.kind = kind;
        payment.receiptNo = receipt;
        payment.cashier = cashier;
        payment.paidAt = now;
        return payment;
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
        return receipt(store, sequences, tenant);
    }

    /** Receipt numbers run per branch and year and are never reused, not even after a void. */
    static String receipt(MeteringStore store, Sequences sequences, String tenant) {
        int year = store.today(tenant).getYear();
        return String.format("SK%d%08d", year, sequences.next(tenant, "metering.receipt-" + year));
    }

    private static void key(String key) {
        new Validation().check(key != null && !key.isBlank() && key.length() <= 100, "Idempotency-Key",
                "必须提供 Idempotency-Key 请求头（最多 100 个字符），重复提交不会重复收费",
                "the Idempotency-Key header is required (at most 100 characters) so a retry never pays twice").throwIfInvalid();
    }
}
