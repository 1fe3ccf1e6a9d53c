package com.gasline.metering.internal.rules;

import java.util.ArrayList;
import java.util.List;

import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/**
 * The money of one account (账户台账) between loading and saving: the credit held (预存), the bills it
 * owes, and the ledger balance, which is always credit minus what the bills still owe. Every operation
 * appends an immutable movement and the allocations it made or undid; nothing already posted changes.
 * Credit is applied to the oldest open bill at once, so credit and an open bill never coexist.
 */
public final class AccountMoney {

    /** A bill as money sees it; a reversed bill owes nothing. */
    public static final class Debt {
        private final String billId;
        private final long amountFen;
        private long paidFen;
        private boolean reversed;

        public Debt(String billId, long amountFen, long paidFen, boolean reversed) {
            this.billId = billId;
            this.amountFen = amountFen;
            this.paidFen = paidFen;
            this.reversed = reversed;
        }

        public String billId() {
            return billId;
        }

        public long amountFen() {
            return amountFen;
        }

        public long paidFen() {
            return paidFen;
        }

        public boolean reversed() {
            return reversed;
        }

        public long owedFen() {
            return reversed ? 0 : amountFen - paidFen;
        }
    }

    /** A ledger movement: positive credits the customer, negative charges them. */
    public record Movement(String kind, long amountFen, long balanceAfterFen, String ref) {
    }

    /** Part of a bill settled (positive) or taken back (negative), by a payment or by credit ({@link #CREDIT}). */
    public record Applied(String billId, long amountFen, String ref) {
    }

    public static final String CREDIT = "CREDIT";

    private long creditFen;
    private long balanceFen;
    private final List<Debt> debts;
    private final List<Movement> movements = new ArrayList<>();
    private final List<Applied> applied = new ArrayList<>();

    /** @param debts the account's bills that are open or took payments, oldest first */
    public AccountMoney(long creditFen, long balanceFen, List<Debt> debts) {
        this.creditFen = creditFen;
        this.balanceFen = balanceFen;
        this.debts = new ArrayList<>(debts);
    }

    /** A new bill (or a debit adjustment): charged, then settled from credit as far as it goes. */
    public void charge(String kind, String billId, long amountFen) {
        if (amountFen < 0) {
            throw new IllegalArgumentException("a charge cannot be negative: " + amountFen);
        }
        debts.add(new Debt(billId, amountFen, 0, false));
        if (amountFen > 0) {
            post(kind, -amountFen, billId);
        }
        useCredit();
    }

    /** Money in (payment, prepayment, credit adjustment, write-off): oldest bills first, the rest kept as credit. */
    public void pay(String kind, String ref, long amountFen) {
        positive(amountFen);
        post(kind, amountFen, ref);
        creditFen += settle(amountFen, ref);
    }

    /** Money for one bill (an IC-card sale): that bill first, then as {@link #pay}. */
    public void payFor(String billId, String kind, String ref, long amountFen) {
        positive(amountFen);
        post(kind, amountFen, ref);
        Debt d = debt(billId);
        long part = Math.min(amountFen, d.owedFen());
        if (part > 0) {
            d.paidFen += part;
            applied.add(new Applied(billId, part, ref));
        }
        creditFen += settle(amountFen - part, ref);
    }

    /**
     * 作废 of a payment: its allocations are taken back, then what it left as credit; credit that later
     * bills already used is taken back from the newest of them.
     */
    public void voidPayment(String ref, long amountFen, List<Applied> itsAllocations) {
        positive(amountFen);
        long takeable = creditFen + debts.stream().filter(d -> !d.reversed).mapToLong(Debt::paidFen).sum();
        if (takeable < amountFen) {
            throw Problems.conflict(Text.of("该笔缴费的款项已退费，不能作废", "The money of this payment was refunded; it cannot be voided"));
        }
        post("VOID", -amountFen, ref);
        long remaining = amountFen;
        for (Applied a : itsAllocations) {
            Debt d = debt(a.billId());
            // what a reversed bill had been paid already went back to credit
            long back = d.reversed ? 0 : Math.min(a.amountFen(), d.paidFen);
            if (back > 0) {
                d.paidFen -= back;
                applied.add(new Applied(d.billId, -back, ref));
                remaining -= back;
            }
        }
        long fromCredit = Math.min(creditFen, remaining);
        creditFen -= fromCredit;
        remaining -= fromCredit;
        for (int i = debts.size() - 1; i >= 0 && remaining > 0; i--) {
            Debt d = debts.get(i);
            long back = d.reversed ? 0 : Math.min(d.paidFen, remaining);
            if (back > 0) {
                d.paidFen -= back;
                applied.add(new Applied(d.billId, -back, CREDIT));
                remaining -= back;
            }
        }
        // what the takeable check guaranteed: remaining is 0 here
        useCredit();
    }

    /** 冲正: a credit note for the whole bill; what was paid on it becomes credit for the other bills. */
    public void reverse(String billId) {
        Debt d = debt(billId);
        if (d.reversed) {
            throw Problems.conflict(Text.of("该账单已冲正", "This bill is already reversed"));
        }
        d.reversed = true;
        post("REVERSAL", d.amountFen, billId);
        creditFen += d.paidFen;
        useCredit();
    }

    /** 退费 out of the credit only: an account that owes nothing more than its credit can be refunded. */
    public void refund(String ref, long amountFen) {
        positive(amountFen);
        if (amountFen > creditFen) {
            throw Problems.ruleViolated(Text.of("退费金额超过预存余额 " + creditFen + " 分", "The refund exceeds the credit of " + creditFen + " fen"),
                    List.of(new FieldError("amountFen", Text.of("最多 " + creditFen + " 分", "at most " + creditFen + " fen"))));
        }
        post("REFUND", -amountFen, ref);
        creditFen -= amountFen;
    }

    public long creditFen() {
        return creditFen;
    }

    public long balanceFen() {
        return balanceFen;
    }

    public long owedFen() {
        return debts.stream().mapToLong(Debt::owedFen).sum();
    }

    public List<Debt> debts() {
        return List.copyOf(debts);
    }

    public List<Movement> movements() {
        return List.copyOf(movements);
    }

    public List<Applied> applied() {
        return List.copyOf(applied);
    }

    private void useCredit() {
        creditFen = settle(creditFen, CREDIT);
    }

    /** Settles open bills oldest first with {@code amountFen}; returns what is left. */
    private long settle(long amountFen, String ref) {
        long left = amountFen;
        for (Debt d : debts) {
            long part = Math.min(left, d.owedFen());
            if (part > 0) {
                d.paidFen += part;
                applied.add(new Applied(d.billId, part, ref));
                left -= part;
            }
        }
        return left;
    }

    private void post(String kind, long amountFen, String ref) {
        balanceFen += amountFen;
        movements.add(new Movement(kind, amountFen, balanceFen, ref));
    }

    private Debt debt(String billId) {
        return debts.stream().filter(d -> d.billId.equals(billId)).findFirst()
                .orElseThrow(() -> Problems.notFound(Text.of("没有这张账单", "No such bill")));
    }

    private static void positive(long amountFen) {
        if (amountFen <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amountFen);
        }
    }
}
