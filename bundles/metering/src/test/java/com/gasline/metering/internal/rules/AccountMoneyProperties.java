package com.gasline.metering.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.gasline.metering.internal.rules.AccountMoney.Applied;
import com.gasline.metering.internal.rules.AccountMoney.Debt;
import com.gasline.platform.api.problem.ProblemException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;

/**
 * Random days at a cashier's window: bills, payments, voids, reversals, adjustments and refunds in any order.
 * The balance is always the sum of the ledger and equals credit minus what is owed, no bill is ever paid more than
 * its amount or less than nothing, and a refused operation leaves the account as it was.
 */
class AccountMoneyProperties {

    enum Op {
        BILL, PAY, VOID, REVERSE, ADJUST_CREDIT, ADJUST_DEBIT, REFUND
    }

    @Provide
    Arbitrary<List<Tuple3<Op, Integer, Long>>> days() {
        Arbitrary<Tuple3<Op, Integer, Long>> step = Arbitraries.of(Op.class).flatMap(op -> Arbitraries.integers().between(0, 50)
                .flatMap(pick -> Arbitraries.longs().between(1, 500_000).map(fen -> Tuple.of(op, pick, fen))));
        return step.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 400)
    void everyFenIsExplained(@ForAll("days") List<Tuple3<Op, Integer, Long>> steps) {
        AccountMoney money = new AccountMoney(0, 0, List.of());
        List<String> payments = new ArrayList<>();
        List<Long> paid = new ArrayList<>();
        int n = 0;
        for (Tuple3<Op, Integer, Long> s : steps) {
            String id = s.get1() + "-" + n++;
            long fen = s.get3();
            int before = money.movements().size();
            long balanceBefore = money.balanceFen();
            try {
                switch (s.get1()) {
                    case BILL, ADJUST_DEBIT -> money.charge(s.get1().name(), id, fen);
                    case PAY, ADJUST_CREDIT -> {
                        money.pay(s.get1().name(), id, fen);
                        payments.add(id);
                        paid.add(fen);
                    }
                    case VOID -> {
                        if (!payments.isEmpty()) {
                            int i = s.get2() % payments.size();
                            String p = payments.remove(i);
                            List<Applied> its = money.applied().stream().filter(a -> a.ref().equals(p) && a.amountFen() > 0).toList();
                            money.voidPayment(p, paid.remove(i), its);
                        }
                    }
                    case REVERSE -> {
                        List<Debt> open = money.debts().stream().filter(d -> !d.reversed()).toList();
                        if (!open.isEmpty()) {
                            money.reverse(open.get(s.get2() % open.size()).billId());
                        }
                    }
                    case REFUND -> money.refund(id, Math.min(fen, Math.max(1, money.creditFen() + s.get2() - 25)));
                }
            } catch (ProblemException refused) {
                assertEquals(before, money.movements().size(), "a refused " + s.get1() + " posted nothing");
                assertEquals(balanceBefore, money.balanceFen());
            }
            assertInvariants(money);
        }
    }

    private static void assertInvariants(AccountMoney money) {
        long sum = money.movements().stream().mapToLong(AccountMoney.Movement::amountFen).sum();
        assertEquals(sum, money.balanceFen(), "balance = sum of the ledger");
        assertEquals(money.creditFen() - money.owedFen(), money.balanceFen(), "balance = credit - owed");
        assertTrue(money.creditFen() >= 0, "credit is never negative");
        assertTrue(money.creditFen() == 0 || money.owedFen() == 0, "credit and an open bill never coexist");
        for (Debt d : money.debts()) {
            assertTrue(d.paidFen() >= 0 && d.paidFen() <= d.amountFen(), "bill " + d.billId() + " paid " + d.paidFen() + " of " + d.amountFen());
            long allocated = money.applied().stream().filter(a -> a.billId().equals(d.billId())).mapToLong(Applied::amountFen).sum();
            assertEquals(d.paidFen(), allocated, "bill " + d.billId() + " paid = its allocations");
        }
        if (!money.movements().isEmpty()) {
            assertEquals(money.balanceFen(), money.movements().get(money.movements().size() - 1).balanceAfterFen(), "running balance");
        }
    }
}
