package com.gasline.metering.internal.rules;

import java.time.LocalDate;
import java.util.List;

import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/**
 * What a receipt's append-only actions make of it, and which next action they allow: 作废 is asked
 * by the cashier on the day of issue, approved by someone else before the cashier's day is closed, and
 * final; a refused request leaves the receipt issued; 补开 prints a marked copy of a receipt that stands.
 */
public final class ReceiptLife {

    public static final String ISSUED = "ISSUED";
    public static final String VOID_REQUESTED = "VOID_REQUESTED";
    public static final String VOID_REFUSED = "VOID_REFUSED";
    public static final String VOIDED = "VOIDED";
    public static final String REISSUED = "REISSUED";

    private static final Text DAY_CLOSED = Text.of("日报已关账，更正请在次日办理", "The cashier's day is closed; corrections are made the next day");

    /** One action as recorded: what and who. */
    public record Step(String action, String actor) {
    }

    private final String status;
    private final int copies;
    private final String requester;

    /** @param steps the receipt's actions, oldest first */
    public ReceiptLife(List<Step> steps) {
        String s = ISSUED;
        String asked = null;
        int c = 0;
        for (Step step : steps) {
            switch (step.action()) {
                case VOID_REQUESTED -> {
                    s = VOID_REQUESTED;
                    asked = step.actor();
                }
                case VOID_REFUSED -> s = ISSUED;
                case VOIDED -> s = VOIDED;
                case REISSUED -> c++;
                default -> throw new IllegalArgumentException("unknown receipt action " + step.action());
            }
        }
        this.status = s;
        this.copies = c;
        this.requester = s.equals(VOID_REQUESTED) ? asked : null;
    }

    public String status() {
        return status;
    }

    /** 补开 copies printed so far. */
    public int copies() {
        return copies;
    }

    /** Who asked for the pending void, null when none is pending. */
    public String requester() {
        return requester;
    }

    /** A cashier asks to void a receipt of their own day. */
    public void requestVoid(boolean refund, LocalDate issuedOn, LocalDate today, boolean dayClosed) {
        if (refund) {
            throw Problems.conflict(Text.of("退费收据不能作废；退错的款项请办理调账", "A refund receipt cannot be voided; a wrong refund is corrected by an adjustment"));
        }
        standing();
        if (status.equals(VOID_REQUESTED)) {
            throw Problems.conflict(Text.of("该收据已申请作废，等待主管审批", "A void of this receipt is already waiting for approval"));
        }
        sameOpenDay(issuedOn, today, dayClosed);
    }

    /** A supervisor approves the pending request: never the person who asked. */
    public void approveVoid(String approver, LocalDate issuedOn, LocalDate today, boolean dayClosed) {
        pending();
        if (requester.equals(approver)) {
            throw Problems.ruleViolated(Text.of("作废须由申请人以外的主管审批", "A void must be approved by someone other than the person who asked for it"));
        }
        sameOpenDay(issuedOn, today, dayClosed);
    }

    /** Ends the pending request; the receipt stands. */
    public void refuseVoid() {
        pending();
    }

    /** 补开 of a lost receipt: only a receipt that stands. */
    public void reissue() {
        standing();
        if (status.equals(VOID_REQUESTED)) {
            throw Problems.conflict(Text.of("该收据正在申请作废，不能补开", "This receipt is waiting for a void; it cannot be reissued"));
        }
    }

    private void standing() {
        if (status.equals(VOIDED)) {
            throw Problems.conflict(Text.of("该收据已作废，收据号不再使用", "This receipt is voided; its number is never used again"));
        }
    }

    private void pending() {
        if (!status.equals(VOID_REQUESTED)) {
            throw Problems.conflict(Text.of("该收据没有待审批的作废申请", "This receipt has no void request waiting for approval"));
        }
    }

    private static void sameOpenDay(LocalDate issuedOn, LocalDate today, boolean dayClosed) {
        if (dayClosed) {
            throw Problems.conflict(DAY_CLOSED);
        }
        if (!issuedOn.equals(today)) {
            throw Problems.ruleViolated(Text.of("收据只能在开票当日作废，更正请办理调账", "A receipt can be voided only on the day it was issued; make a correction instead"));
        }
    }
}
