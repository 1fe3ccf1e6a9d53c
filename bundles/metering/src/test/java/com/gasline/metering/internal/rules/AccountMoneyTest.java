package com.gasline.metering.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void anIcSalePaysItsOwnBillFirstAndOnlyTheRestGoesToOlderBills() {
        AccountMoney money = new AccountMoney(0, -150, List.of(new Debt("old", 100, 0, false), new Debt("ic", 50, 0, false)));
        money.payFor("ic", "IC_SALE", "p", 80);

        assertEquals(List.of(new Applied("ic", 50, "p"), new Applied("old", 30, "p")), money.applied());
        assertEquals(70, money.owedFen());
        assertEquals(-70, money.balanceFen());
        assertEquals(List.of(new Movement("IC_SALE", 80, -70, "p")), money.movements());
        assertThrows(IllegalArgumentException.class, () -> money.payFor("ic", "IC_SALE", "q", 0));
    }

    @Test
    void aVoidTakesBackFromTheNewestBillsWhatTheirCreditCameFrom() {
        AccountMoney money = new AccountMoney(0, 0, List.of());
        money.charge("BILL", "b1", 100);
        money.pay("PAYMENT", "p", 300);
        money.charge("BILL", "b2", 150);
        money.charge("BILL", "b3", 100);
        assertEquals(50, money.debts().get(2).paidFen());
        int before = money.applied().size();

        money.voidPayment("p", 300, List.of(new Applied("b1", 100, "p")));

        assertEquals(List.of(new Applied("b1", -100, "p"), new Applied("b3", -50, AccountMoney.CREDIT), new Applied("b2", -150, AccountMoney.CREDIT)),
                money.applied().subList(before, money.applied().size()));
        assertEquals(350, money.owedFen());
        assertEquals(0, money.creditFen());
        assertThrows(IllegalArgumentException.class, () -> money.voidPayment("p", 0, List.of()));
    }

    @Test
    void aVoidAfterItsBillWasReversedTakesTheMoneyFromTheCreditItBecame() {
        AccountMoney money = new AccountMoney(0, 0, List.of());
        money.charge("BILL", "b1", 100);
        money.pay("PAYMENT", "p", 100);
        money.reverse("b1");
        assertTrue(money.debts().get(0).reversed());
        assertEquals(100, money.creditFen());

        money.voidPayment("p", 100, List.of(new Applied("b1", 100, "p")));

        assertEquals(0, money.creditFen());
        assertEquals(0, money.balanceFen());
        assertEquals(100, money.debts().get(0).paidFen(), "a reversed bill keeps what it showed as paid");
    }

    @Test
    void aVoidOfExactlyWhatCanBeTakenBackIsAllowed() {
        AccountMoney money = new AccountMoney(0, 0, List.of());
        money.pay("PAYMENT", "p", 100);
        money.refund("r", 40);
        assertThrows(ProblemException.class, () -> money.voidPayment("p", 100, List.of()));
        money.pay("PAYMENT", "q", 40);
        money.voidPayment("p", 100, List.of());
        assertEquals(0, money.creditFen());
        assertEquals(0, money.balanceFen());
    }

    @Test
    void billsAlreadyPaidTakeNoZeroAllocations() {
        AccountMoney money = new AccountMoney(0, -50, List.of(new Debt("paid", 100, 100, false), new Debt("open", 50, 0, false)));
        money.pay("PAYMENT", "p", 50);
        assertEquals(List.of(new Applied("open", 50, "p")), money.applied());
        assertEquals(2, money.debts().size());
        assertThrows(IllegalArgumentException.class, () -> money.refund("r", 0));
    }

    @Test
    void aReversalReversesTheBillItNamesAndNoOther() {
        AccountMoney money = new AccountMoney(0, 0, List.of());
        money.charge("BILL", "b1", 100);
        money.charge("BILL", "b2", 70);
        money.reverse("b2");
        assertEquals(100, money.owedFen());
        assertEquals(false, money.debts().get(0).reversed());
        ProblemException unknown = assertThrows(ProblemException.class, () -> money.reverse("nosuch"));
        assertEquals(404, unknown.status());
    }
}
