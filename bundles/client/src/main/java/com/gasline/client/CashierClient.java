package com.gasline.client;

import java.time.LocalDate;

import com.gasline.metering.api.rest.Adjustment;
import com.gasline.metering.api.rest.CashierDay;
import com.gasline.metering.api.rest.Correction;
import com.gasline.metering.api.rest.DunningStep;
import com.gasline.metering.api.rest.NewAdjustment;
import com.gasline.metering.api.rest.NewRefund;
import com.gasline.metering.api.rest.Payment;
import com.gasline.metering.api.rest.Receipt;
import com.gasline.metering.api.rest.ReceiptReason;
import com.gasline.metering.api.rest.Refund;
import com.gasline.metering.api.rest.Reversal;

/**
 * The cashier's desk of one branch (收费, in the metering module): receipts and their voids, the cashier's day, refunds,
 * adjustments and write-offs, bill reversals and dunning steps. Every correction is a new record; nothing is edited.
 */
public final class CashierClient {

    private final Transport http;
    private final String base;

    CashierClient(Transport http, String base) {
        this.http = http;
        this.base = base;
    }

    public Payment payment(String id) {
        return http.get(base + "/payments/" + Query.segment(id), Payment.class);
    }

    public Receipt receipt(String receiptNo) {
        return http.get(receiptPath(receiptNo), Receipt.class);
    }

    /** 作废申请 by the cashier who issued it; someone else approves ({@link #approveVoid}) or refuses it. */
    public Receipt requestVoid(String receiptNo, String reason) {
        return http.send("POST", receiptPath(receiptNo) + "/void", new ReceiptReason(reason), Receipt.class);
    }

    public Receipt approveVoid(String receiptNo) {
        return http.send("POST", receiptPath(receiptNo) + "/void/approve", null, Receipt.class);
    }

    public Receipt refuseVoid(String receiptNo, String reason) {
        return http.send("POST", receiptPath(receiptNo) + "/void/refuse", new ReceiptReason(reason), Receipt.class);
    }

    /** 补开: a copy of the same receipt, counted and recorded with its reason. */
    public Receipt reissue(String receiptNo, String reason) {
        return http.send("POST", receiptPath(receiptNo) + "/reissue", new ReceiptReason(reason), Receipt.class);
    }

    /** 收费日报 of one cashier (null: the caller) for a day, open or closed. */
    public CashierDay day(LocalDate day, String cashier) {
        return http.get(dayPath(day) + Query.of("cashier", cashier), CashierDay.class);
    }

    /** 日结: closes the day once; receipts of a closed day can no longer be voided. */
    public CashierDay closeDay(LocalDate day, String cashier) {
        return http.send("POST", dayPath(day) + "/close" + Query.of("cashier", cashier), null, CashierDay.class);
    }

    /** 退款 from the account's credit, with a refund receipt. */
    public Refund refund(String accountNo, NewRefund refund) {
        return http.send("POST", accountPath(accountNo) + "/refunds", refund, Refund.class);
    }

    /** 调账 or 核销, pending until someone else approves it. */
    public Adjustment requestAdjustment(String accountNo, NewAdjustment adjustment) {
        return http.send("POST", accountPath(accountNo) + "/adjustments", adjustment, Adjustment.class);
    }

    public Page<Adjustment> adjustments(int page, int size) {
        return http.page(base + "/adjustments", Query.page(page, size), Adjustment.class);
    }

    public Adjustment approveAdjustment(String id) {
        return http.send("POST", base + "/adjustments/" + Query.segment(id) + "/approve", null, Adjustment.class);
    }

    public Adjustment refuseAdjustment(String id) {
        return http.send("POST", base + "/adjustments/" + Query.segment(id) + "/refuse", null, Adjustment.class);
    }

    /** 冲正: a reversing bill, and with {@code rebill} a new bill from the same readings. */
    public Correction reverseBill(String billId, Reversal reversal) {
        return http.send("POST", base + "/bills/" + Query.segment(billId) + "/reversal", reversal, Correction.class);
    }

    /** Records a 催缴 step for an account in arrears. */
    public DunningStep dun(String accountNo, DunningStep step) {
        return http.send("POST", base + "/arrears/" + Query.segment(accountNo) + "/dunning", step, DunningStep.class);
    }

    public Page<DunningStep> dunning(String accountNo, int page, int size) {
        return http.page(base + "/arrears/" + Query.segment(accountNo) + "/dunning", Query.page(page, size), DunningStep.class);
    }

    private String receiptPath(String receiptNo) {
        return base + "/receipts/" + Query.segment(receiptNo);
    }

    private String dayPath(LocalDate day) {
        return base + "/cashier-days/" + day;
    }

    private String accountPath(String accountNo) {
        return base + "/accounts/" + Query.segment(accountNo);
    }
}
