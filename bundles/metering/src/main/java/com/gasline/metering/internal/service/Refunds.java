package com.gasline.metering.internal.service;

import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.metering.api.rest.NewRefund;
import com.gasline.metering.api.rest.Refund;
import com.gasline.metering.internal.rules.AccountMoney;
import com.gasline.metering.internal.store.BalanceEntity;
import com.gasline.metering.internal.store.MeteredAccountEntity;
import com.gasline.metering.internal.store.MeteringStore;
import com.gasline.metering.internal.store.RefundEntity;
import com.gasline.platform.api.persistence.Sequences;
import com.gasline.platform.api.problem.Validation;

/** 退费 out of an account's credit, each with its own receipt (TK…): on request, and the credit left at 销户. */
@Component(service = Refunds.class)
public class Refunds {

    private final MeteringStore store;
    private final Sequences sequences;

    @Activate
    public Refunds(@Reference MeteringStore store, @Reference Sequences sequences) {
        this.store = store;
        this.sequences = sequences;
    }

    public Refund refund(String tenant, String cashier, String accountNo, NewRefund r) {
        Validation.requireBody(r);
        new Validation().required("amountFen", r.amountFen()).required("reason", r.reason())
                .maxLength("reason", r.reason(), 200)
                .check(r.amountFen() == null || (r.amountFen() > 0 && r.amountFen() <= 100_000_000L), "amountFen",
                        "金额（分）须大于 0 且不超过 100 万元", "must be more than 0 and at most 1,000,000 yuan in fen")
                .throwIfInvalid();
        store.in(tenant, em -> {
            AccountLedger.known(em.find(MeteredAccountEntity.class, accountNo));
            return null;
        });
        String receipt = receipt(tenant);
        return store.in(tenant, em -> pay(em, accountNo, r.amountFen(), r.reason().trim(), cashier, receipt, tenant));
    }

    public Refund refund(String tenant, String accountNo, String id) {
        return store.in(tenant, em -> {
            RefundEntity r = id == null ? null : em.find(RefundEntity.class, id);
            if (r == null || !r.accountNo.equals(accountNo)) {
                throw Problems.notFound(Text.of("没有这笔退费", "No such refund"));
            }
            return new Refund(r.id, r.receiptNo, r.accountNo, r.amountFen, r.reason, r.cashier, r.at);
        });
    }

    /** 销户: what credit is left after the final bill goes back to the customer; null when there is none. */
    public Refund refundCredit(String tenant, String cashier, String accountNo) {
        long credit = store.in(tenant, em -> {
            BalanceEntity b = em.find(BalanceEntity.class, accountNo);
            return b == null ? 0L : b.balanceFen;
        });
        if (credit <= 0) {
            return null;
        }
        String receipt = receipt(tenant);
        return store.in(tenant, em -> {
            BalanceEntity locked = Ledgers.lock(em, accountNo);
            return locked.balanceFen <= 0 ? null : pay(em, accountNo, locked.balanceFen, "销户退还预存余额", cashier, receipt, tenant);
        });
    }

    private Refund pay(EntityManager em, String accountNo, long amountFen, String reason, String cashier, String receipt, String tenant) {
        BalanceEntity balance = Ledgers.lock(em, accountNo);
        AccountMoney money = Ledgers.open(em, balance);
        RefundEntity refund = new RefundEntity();
        refund.id = UUID.randomUUID().toString();
        money.refund(refund.id, amountFen);
        refund.accountNo = accountNo;
        refund.amountFen = amountFen;
        refund.receiptNo = receipt;
        refund.reason = reason;
        refund.cashier = cashier;
        refund.at = store.now(tenant);
        em.persist(refund);
        Ledgers.save(em, balance, money, cashier, receipt, refund.at);
        return new Refund(refund.id, refund.receiptNo, accountNo, amountFen, reason, cashier, refund.at);
    }

    /** Refund receipts have their own series, never reused. */
    private String receipt(String tenant) {
        int year = store.today(tenant).getYear();
        return String.format("TK%d%08d", year, sequences.next(tenant, "metering.refund-" + year));
    }
}
