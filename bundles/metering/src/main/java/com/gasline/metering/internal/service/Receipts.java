package com.gasline.metering.internal.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.metering.api.rest.Payment;
import com.gasline.metering.api.rest.Receipt;
import com.gasline.metering.api.rest.ReceiptReason;
import com.gasline.metering.internal.rules.AccountMoney;
import com.gasline.metering.internal.rules.ReceiptLife;
import com.gasline.metering.internal.store.AllocationEntity;
import com.gasline.metering.internal.store.BalanceEntity;
import com.gasline.metering.internal.store.CashierDayEntity;
import com.gasline.metering.internal.store.MeteringStore;
import com.gasline.metering.internal.store.PaymentEntity;
import com.gasline.metering.internal.store.ReceiptActionEntity;
import com.gasline.metering.internal.store.RefundEntity;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Roles;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/**
 * 收据: a payment's or refund's receipt as issued, with its 作废 (asked by the cashier, approved by another
 * supervisor, same day, before the day is closed) and 补开. Every action takes the account's lock first, so
 * two approvals of one void, or a void racing a refund, are decided one after the other.
 */
@Component(service = Receipts.class)
public class Receipts {

    private final MeteringStore store;

    @Activate
    public Receipts(@Reference MeteringStore store) {
        this.store = store;
    }

    /** The receipt as the database has it now; 404 for a number never issued. */
    public Receipt receipt(String tenant, String receiptNo) {
        ZoneId zone = store.zone(tenant);
        return store.in(tenant, em -> view(em, issued(em, receiptNo, zone), zone));
    }

    /** The receipt as a printable HTML page. */
    public String print(String tenant, String receiptNo) {
        return ReceiptPage.html(tenant, receipt(tenant, receiptNo), store.zone(tenant));
    }

    /** A cashier asks to void a receipt they issued today (a branch admin may ask for any). */
    public Receipt requestVoid(String tenant, Caller caller, String receiptNo, ReceiptReason body) {
        String reason = reason(body);
        return act(tenant, receiptNo, (em, r, life, balance) -> {
            if (!r.cashier().equals(caller.username()) && !caller.hasRole(Roles.BRANCH_ADMIN)) {
                throw Problems.forbidden(Text.of("只能由开具该收据的收费员申请作废", "Only the cashier who issued the receipt may ask to void it"));
            }
            life.requestVoid(r.refund(), r.issuedOn(), store.today(tenant), closed(em, r));
            record(em, receiptNo, ReceiptLife.VOID_REQUESTED, reason, caller.username(), store.now(tenant));
        });
    }

    /** Approves the pending void: the payment's money is taken back from the bills and credit it went to. */
    public Receipt approveVoid(String tenant, String approver, String receiptNo) {
        return act(tenant, receiptNo, (em, r, life, balance) -> {
            life.approveVoid(approver, r.issuedOn(), store.today(tenant), closed(em, r));
            PaymentEntity payment = r.payment();
            AccountMoney money = Ledgers.withPaidBills(em, balance);
            List<AccountMoney.Applied> its = em.createQuery("select a from AllocationEntity a where a.paymentId = :p and a.amountFen > 0"
                    + " order by a.period", AllocationEntity.class).setParameter("p", payment.id).getResultList().stream()
                    .map(a -> new AccountMoney.Applied(a.billId, a.amountFen, payment.id)).toList();
            money.voidPayment(payment.id, payment.amountFen, its);
            OffsetDateTime now = store.now(tenant);
            Ledgers.save(em, balance, money, approver, receiptNo, now);
            record(em, receiptNo, ReceiptLife.VOIDED, null, approver, now);
        });
    }

    /** Ends the pending void request; the receipt stands. */
    public Receipt refuseVoid(String tenant, String actor, String receiptNo, ReceiptReason body) {
        String reason = reason(body);
        return act(tenant, receiptNo, (em, r, life, balance) -> {
            life.refuseVoid();
            record(em, receiptNo, ReceiptLife.VOID_REFUSED, reason, actor, store.now(tenant));
        });
    }

    /** 补开 of a lost receipt: one more marked copy. */
    public Receipt reissue(String tenant, String actor, String receiptNo, ReceiptReason body) {
        String reason = reason(body);
        return act(tenant, receiptNo, (em, r, life, balance) -> {
            life.reissue();
            record(em, receiptNo, ReceiptLife.REISSUED, reason, actor, store.now(tenant));
        });
    }

    /** A receipt as issued: from a payment or from a refund. */
    record Issued(String receiptNo, String kind, String accountNo, long amountFen, String channel, String cashier, OffsetDateTime at,
            LocalDate issuedOn, PaymentEntity payment) {
        boolean refund() {
            return payment == null;
        }
    }

    private interface Action {
        void run(EntityManager em, Issued receipt, ReceiptLife life, BalanceEntity balance);
    }

    private Receipt act(String tenant, String receiptNo, Action action) {
        ZoneId zone = store.zone(tenant);
        return store.in(tenant, em -> {
            Issued r = issued(em, receiptNo, zone);
            // the account lock first, then the actions: whoever comes second sees what the first did
            BalanceEntity balance = Ledgers.lock(em, r.accountNo());
            action.run(em, r, new ReceiptLife(steps(em, receiptNo)), balance);
            em.flush();
            return view(em, r, zone);
        });
    }

    private static Issued issued(EntityManager em, String receiptNo, ZoneId zone) {
        List<PaymentEntity> payments = em.createQuery("select p from PaymentEntity p where p.receiptNo = :n", PaymentEntity.class)
                .setParameter("n", receiptNo).getResultList();
        if (!payments.isEmpty()) {
            PaymentEntity p = payments.get(0);
            return new Issued(p.receiptNo, p.kind, p.accountNo, p.amountFen, p.channel, p.cashier, p.paidAt, day(p.paidAt, zone), p);
        }
        List<RefundEntity> refunds = em.createQuery("select r from RefundEntity r where r.receiptNo = :n", RefundEntity.class)
                .setParameter("n", receiptNo).getResultList();
        if (refunds.isEmpty()) {
            throw Problems.notFound(Text.of("没有这张收据：" + receiptNo, "No such receipt: " + receiptNo));
        }
        RefundEntity f = refunds.get(0);
        return new Issued(f.receiptNo, "REFUND", f.accountNo, f.amountFen, null, f.cashier, f.at, day(f.at, zone), null);
    }

    private static Receipt view(EntityManager em, Issued r, ZoneId zone) {
        List<ReceiptActionEntity> actions = actions(em, r.receiptNo());
        ReceiptLife life = new ReceiptLife(actions.stream().map(a -> new ReceiptLife.Step(a.action, a.actor)).toList());
        List<Payment.Allocation> allocations = r.refund() ? List.of()
                : em.createQuery("select a from AllocationEntity a where a.paymentId = :p and a.amountFen > 0 order by a.period",
                        AllocationEntity.class).setParameter("p", r.payment().id).getResultList().stream()
                        .map(a -> new Payment.Allocation(a.billId, a.period, a.amountFen)).toList();
        return new Receipt(r.receiptNo(), r.kind(), r.accountNo(), r.amountFen(), r.channel(), r.cashier(),
                r.at().atZoneSameInstant(zone).toOffsetDateTime(), r.issuedOn(), life.status(), life.copies(), allocations,
                actions.stream().map(a -> new Receipt.Action(a.action, a.reason, a.actor, a.at.atZoneSameInstant(zone).toOffsetDateTime()))
                        .toList());
    }

    static List<ReceiptActionEntity> actions(EntityManager em, String receiptNo) {
        return em.createQuery("select a from ReceiptActionEntity a where a.receiptNo = :n order by a.at, a.id", ReceiptActionEntity.class)
                .setParameter("n", receiptNo).getResultList();
    }

    private static List<ReceiptLife.Step> steps(EntityManager em, String receiptNo) {
        return actions(em, receiptNo).stream().map(a -> new ReceiptLife.Step(a.action, a.actor)).toList();
    }

    private static boolean closed(EntityManager em, Issued r) {
        return em.find(CashierDayEntity.class, CashierDays.id(r.issuedOn(), r.cashier())) != null;
    }

    private static void record(EntityManager em, String receiptNo, String action, String reason, String actor, OffsetDateTime at) {
        ReceiptActionEntity a = new ReceiptActionEntity();
        a.id = UUID.randomUUID().toString();
        a.receiptNo = receiptNo;
        a.action = action;
        a.reason = reason;
        a.actor = actor;
        a.at = at;
        em.persist(a);
    }

    static LocalDate day(OffsetDateTime at, ZoneId zone) {
        return at.atZoneSameInstant(zone).toLocalDate();
    }

    private static String reason(ReceiptReason body) {
        Validation.requireBody(body);
        new Validation().required("reason", body.reason()).maxLength("reason", body.reason(), 200).throwIfInvalid();
        return body.reason().strip();
    }
}
