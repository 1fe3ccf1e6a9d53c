package com.gasline.metering.internal.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import com.gasline.metering.internal.rules.ReceiptLife.Step;
import com.gasline.platform.api.problem.ProblemException;

class ReceiptLifeTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private static final Step ASKED = new Step(ReceiptLife.VOID_REQUESTED, "cashier");
    private static final Step REFUSED = new Step(ReceiptLife.VOID_REFUSED, "boss");
    private static final Step VOIDED = new Step(ReceiptLife.VOIDED, "boss");
    private static final Step COPY = new Step(ReceiptLife.REISSUED, "cashier");

    private static ReceiptLife life(Step... steps) {
        return new ReceiptLife(List.of(steps));
    }

    private static ProblemException refused(int status, Executable action) {
        ProblemException e = assertThrows(ProblemException.class, action);
        assertEquals(status, e.status());
        return e;
    }

    @Test
    void statusFollowsTheActions() {
        assertEquals(ReceiptLife.ISSUED, life().status());
        assertNull(life().requester());
        assertEquals(ReceiptLife.VOID_REQUESTED, life(ASKED).status());
        assertEquals("cashier", life(ASKED).requester());
        assertEquals(ReceiptLife.ISSUED, life(ASKED, REFUSED).status());
        assertNull(life(ASKED, REFUSED).requester());
        assertEquals(ReceiptLife.VOIDED, life(ASKED, VOIDED).status());
        assertNull(life(ASKED, VOIDED).requester());
        assertEquals(ReceiptLife.VOIDED, life(COPY, ASKED, VOIDED).status());
        assertEquals(2, life(COPY, ASKED, REFUSED, COPY).copies());
        assertEquals(0, life(ASKED).copies());
        assertEquals("other", life(ASKED, REFUSED, new Step(ReceiptLife.VOID_REQUESTED, "other")).requester());
        assertThrows(IllegalArgumentException.class, () -> life(new Step("PRINTED", "x")));
    }

    @Test
    void aVoidIsAskedOnTheDayOfIssueBeforeClosing() {
        assertDoesNotThrow(() -> life().requestVoid(false, DAY, DAY, false));
        assertDoesNotThrow(() -> life(ASKED, REFUSED).requestVoid(false, DAY, DAY, false));
        ProblemException refund = refused(409, () -> life().requestVoid(true, DAY, DAY, false));
        assertEquals("退费收据不能作废；退错的款项请办理调账", refund.detail().zh());
        refused(409, () -> life(ASKED).requestVoid(false, DAY, DAY, false));
        refused(409, () -> life(ASKED, VOIDED).requestVoid(false, DAY, DAY, false));
        refused(422, () -> life().requestVoid(false, DAY, DAY.plusDays(1), false));
        ProblemException closed = refused(409, () -> life().requestVoid(false, DAY, DAY, true));
        assertEquals("日报已关账，更正请在次日办理", closed.detail().zh());
    }

    @Test
    void approvedBySomeoneElseOnTheSameOpenDay() {
        assertDoesNotThrow(() -> life(ASKED).approveVoid("boss", DAY, DAY, false));
        refused(422, () -> life(ASKED).approveVoid("cashier", DAY, DAY, false));
        refused(409, () -> life().approveVoid("boss", DAY, DAY, false));
        refused(409, () -> life(ASKED, VOIDED).approveVoid("boss", DAY, DAY, false));
        refused(409, () -> life(ASKED, REFUSED).approveVoid("boss", DAY, DAY, false));
        refused(409, () -> life(ASKED).approveVoid("boss", DAY, DAY, true));
        refused(422, () -> life(ASKED).approveVoid("boss", DAY, DAY.plusDays(1), false));
    }

    @Test
    void onlyAPendingRequestIsRefused() {
        assertDoesNotThrow(() -> life(ASKED).refuseVoid());
        refused(409, () -> life().refuseVoid());
        refused(409, () -> life(ASKED, VOIDED).refuseVoid());
    }

    @Test
    void onlyAStandingReceiptIsReissued() {
        assertDoesNotThrow(() -> life().reissue());
        assertDoesNotThrow(() -> life(COPY, ASKED, REFUSED).reissue());
        refused(409, () -> life(ASKED).reissue());
        ProblemException voided = refused(409, () -> life(ASKED, VOIDED).reissue());
        assertEquals("该收据已作废，收据号不再使用", voided.detail().zh());
    }
}
