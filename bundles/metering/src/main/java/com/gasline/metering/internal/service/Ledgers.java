package com.gasline.metering.internal.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import com.gasline.metering.internal.rules.AccountMoney;
import com.gasline.metering.internal.store.AllocationEntity;
import com.gasline.metering.internal.store.BalanceEntity;
import com.gasline.metering.internal.store.BillEntity;
import com.gasline.metering.internal.store.LedgerEntity;

/**
 * Loads an account's money under the account's row lock and writes back what {@link AccountMoney} did:
 * the new ledger movements with their running balance, the allocations made or undone, the bills' paid
 * amounts and the credit. Every movement of money goes through here, inside the caller's transaction.
 */
final class Ledgers {

    private Ledgers() {
    }

    /** The lock every money movement of one account takes first: two cashiers never allocate the same fen twice. */
    static BalanceEntity lock(EntityManager em, String accountNo) {
        BalanceEntity balance = em.find(BalanceEntity.class, accountNo, LockModeType.PESSIMISTIC_WRITE);
        if (balance == null) {
            // the account's first money: its row is the lock from now on
            balance = new BalanceEntity();
            balance.accountNo = accountNo;
            em.persist(balance);
            em.flush();
        }
        return balance;
    }

    /** The account's open bills, oldest first: enough to charge and to pay. */
    static AccountMoney open(EntityManager em, BalanceEntity balance) {
        return money(em, balance, "b.status = 'OPEN'", "");
    }

    /** Also the bills that took money, for voids and reversals that take it back. */
    static AccountMoney withPaidBills(EntityManager em, BalanceEntity balance) {
        return money(em, balance, "b.status = 'OPEN' or (b.status = 'PAID' and b.paidFen > 0) or b.status = 'REVERSED'", "");
    }

    /** Charges a bill just issued (persisted, not yet in the ledger) and settles it from credit. */
    static void charge(EntityManager em, BillEntity bill, String kind, String actor, OffsetDateTime at) {
        em.flush();
        BalanceEntity balance = lock(em, bill.accountNo);
        AccountMoney money = money(em, balance, "b.status = 'OPEN'", bill.id);
        money.charge(kind, bill.id, bill.amountFen);
        save(em, balance, money, actor, bill.period, at);
    }

    /**
     * Charges a bill of a bill run's part: its balance row was locked with the part's and holds no credit, so the
     * charge writes its movement and settles nothing; no flush and no query, the part's writes stay one batch.
     */
    static void charge(EntityManager em, BalanceEntity balance, BillEntity bill, String kind, String actor, OffsetDateTime at) {
        if (balance.balanceFen != 0) {
            throw new IllegalStateException("credit on " + balance.accountNo + " is settled by charge(em, bill, ...)");
        }
        AccountMoney money = new AccountMoney(0, balance.ledgerFen, List.of());
        money.charge(kind, bill.id, bill.amountFen);
        save(em, balance, money, actor, bill.period, at, id -> bill);
    }

    private static AccountMoney money(EntityManager em, BalanceEntity balance, String which, String exceptBill) {
        List<AccountMoney.Debt> debts = em.createQuery("select b from BillEntity b where b.accountNo = :a and b.id <> :x and (" + which + ")"
                + " order by b.dueOn, b.period, b.issuedAt", BillEntity.class).setParameter("a", balance.accountNo).setParameter("x", exceptBill)
                .getResultList().stream()
                .map(b -> new AccountMoney.Debt(b.id, b.amountFen, b.paidFen, "REVERSED".equals(b.status))).toList();
        return new AccountMoney(balance.balanceFen, balance.ledgerFen, debts);
    }

    /** Appends what {@code money} posted and applied; the balance row must be the locked one it was loaded from. */
    static void save(EntityManager em, BalanceEntity balance, AccountMoney money, String actor, String note, OffsetDateTime at) {
        save(em, balance, money, actor, note, at, id -> em.find(BillEntity.class, id));
    }

    private static void save(EntityManager em, BalanceEntity balance, AccountMoney money, String actor, String note, OffsetDateTime at,
            Function<String, BillEntity> bills) {
        for (AccountMoney.Movement m : money.movements()) {
            LedgerEntity line = new LedgerEntity();
            line.id = UUID.randomUUID().toString();
            line.accountNo = balance.accountNo;
            line.seq = ++balance.ledgerSeq;
            line.kind = m.kind();
            line.amountFen = m.amountFen();
            line.balanceAfterFen = m.balanceAfterFen();
            line.ref = m.ref();
            line.note = note;
            line.actor = actor;
            line.at = at;
            em.persist(line);
        }
        for (AccountMoney.Applied a : money.applied()) {
            BillEntity bill = bills.apply(a.billId());
            AllocationEntity allocation = new AllocationEntity();
            allocation.id = UUID.randomUUID().toString();
            allocation.paymentId = a.ref();
            allocation.billId = a.billId();
            allocation.period = bill.period;
            allocation.amountFen = a.amountFen();
            em.persist(allocation);
        }
        for (AccountMoney.Debt d : money.debts()) {
            BillEntity bill = bills.apply(d.billId());
            bill.paidFen = d.paidFen();
            bill.status = d.reversed() ? "REVERSED" : d.paidFen() == d.amountFen() ? "PAID" : "OPEN";
        }
        balance.balanceFen = money.creditFen();
        balance.ledgerFen = money.balanceFen();
    }
}
