package com.gasline.metering.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.gasline.metering.internal.rules.AccountMoney.Applied;
import com.gasline.metering.internal.rules.AccountMoney.Debt;
import com.gasline.metering.internal.rules.AccountMoney.Movement;
import com.gasline.platform.api.problem.ProblemException;

class AccountMoneyTest {

    @Test
    void openingPrepaymentSettlesTheFirstBillAsFarAsItGoes() {
        AccountMoney money = new AccountMoney(0, 0, List.of());
        money.pay("PREPAYMENT", "p0", 5_000);
        money.charge("BILL", "b1", 828_000);

        assertEquals(0, money.creditFen());
        assertEquals(823_000, money.owedFen());
        assertEquals(-823_000, money.balanceFen());
        assertEquals(List.of(new Movement("PREPAYMENT", 5_000, 5_000, "p0"), new Movement("BILL", -828_000, -823_000, "b1")), money.movements());
        assertEquals(List.of(new Applied("b1", 5_000, AccountMoney.CREDIT)), money.applied());
    }

    @Test
    void aPaymentSettlesTheOldestBillFirstAndKeepsTheRestAsCredit() {
        AccountMoney money = new AccountMoney(0, -300, List.of(new Debt("old", 100, 0, false), new Debt("new", 200, 0, false)));
        money.pay("PAYMENT", "p", 250);

        assertEquals(List.of(new Applied("old", 100, "p"), new Applied("new", 150, "p")), money.applied());
        assertEquals(50, money.owedFen());
        assertEquals(0, money.creditFen());
        money.pay("PAYMENT", "q", 80);
        assertEquals(30, money.creditFen());
        assertEquals(30, money.balanceFen());
    }

    @Test
    void aVoidTakesBackItsAllocationsThenItsCreditThenWhatLaterBillsUsedOfIt() {
        AccountMoney money = new AccountMoney(0, 0, List.of());
        money.charge("BILL", "b1", 100);
        money.pay("PAYMENT", "p", 300);
        money.charge("BILL", "b2", 150);
        assertEquals(50, money.creditFen());

        money.voidPayment("p", 300, List.of(new Applied("b1", 100, "p")));

        assertEquals(-250, money.balanceFen());
        assertEquals(250, money.owedFen());
        assertEquals(0, money.creditFen());
        assertEquals(new Movement("VOID", -300, -250, "p"), money.movements().get(money.movements().size() - 1));
    }

    @Test
    void aReversalCreditsTheWholeBillAndItsPaymentsMoveToTheNextBill() {
        AccountMoney money = new AccountMoney(0, 0, List.of());
        money.charge("BILL", "wrong", 39_054_660);
        money.pay("PAYMENT", "p", 1_000);
        money.charge("BILL", "other", 400);

        money.reverse("wrong");

        assertEquals(0, money.owedFen());
        assertEquals(600, money.creditFen());
        assertEquals(600, money.balanceFen());
        ProblemException twice = assertThrows(ProblemException.class, () -> money.reverse("wrong"));
        assertEquals(409, twice.status());
    }

    @Test
    void aRefundComesOnlyOutOfCredit() {
        AccountMoney money = new AccountMoney(4_600, 4_600, List.of());
        ProblemException tooMuch = assertThrows(ProblemException.class, () -> money.refund("r", 4_601));
        assertEquals(422, tooMuch.status());
        assertEquals(List.of(), money.movements());

        money.refund("r", 4_600);
        assertEquals(0, money.creditFen());
        assertEquals(0, money.balanceFen());
    }

    @Test
    void aPaymentWhoseMoneyWasRefundedCannotBeVoided() {
        AccountMoney money = new AccountMoney(0, 0, List.of());
        money.pay("PAYMENT", "p", 100);
        money.refund("r", 100);
        ProblemException refused = assertThrows(ProblemException.class, () -> money.voidPayment("p", 100, List.of()));
        assertEquals(409, refused.status());
        assertEquals(0, money.balanceFen());
        assertEquals(2, money.movements().size());
    }

    @Test
    void aFreeBillPostsNoMovement() {
        AccountMoney money = new AccountMoney(0, 0, List.of());
        money.charge("BILL", "zero", 0);
        assertEquals(List.of(), money.movements());
        assertThrows(IllegalArgumentException.class, () -> money.pay("PAYMENT", "p", 0));
        assertThrows(IllegalArgumentException.class, () -> money.charge("BILL", "neg", -1));
    }
}
