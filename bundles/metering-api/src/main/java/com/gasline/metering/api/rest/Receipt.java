package com.gasline.metering.api.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * 收据 of a payment (kind PAYMENT or PREPAYMENT, number SK…) or of a refund (REFUND, number TK…), never altered:
 * status ISSUED, VOID_REQUESTED or VOIDED (作废), the 补开 copies printed and every action taken on it.
 * {@code issuedOn} is the branch day of issue; {@code channel} is null for refunds.
 */
public record Receipt(
        String receiptNo,
        @Schema(allowableValues = { "PAYMENT", "PREPAYMENT", "REFUND" }) String kind,
        String accountNo, long amountFen,
        @Schema(description = "Null for refunds", allowableValues = { "COUNTER", "CASH", "CARD", "WECHAT", "ALIPAY", "BANK", "ONLINE" })
        String channel,
        String cashier, OffsetDateTime issuedAt, LocalDate issuedOn,
        @Schema(allowableValues = { "ISSUED", "VOID_REQUESTED", "VOIDED" }) String status,
        int copies, List<Payment.Allocation> allocations, List<Action> actions) {

    /** VOID_REQUESTED, VOID_REFUSED, VOIDED or REISSUED: by whom, when and why. */
    public record Action(
            @Schema(allowableValues = { "VOID_REQUESTED", "VOID_REFUSED", "VOIDED", "REISSUED" }) String action,
            String reason, String actor, OffsetDateTime at) {
    }
}
