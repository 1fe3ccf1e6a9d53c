package com.gasline.metering.api.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * 收费日报 of one cashier, or of the whole branch when {@code cashier} is {@code *}: the receipts issued on
 * {@code dayOn} (branch time), the money by channel of the receipts that stand (COUNTER counts as CASH),
 * voids and refunds, the net and whether the day is closed. For the branch, {@code closed} means every
 * cashier who issued a receipt has closed, and {@code closures} lists who closed.
 */
public record CashierDay(LocalDate dayOn, String cashier, List<Line> receipts, List<ChannelTotal> byChannel, Tally voids,
        Tally refunds, long netFen, boolean closed, String closedBy, OffsetDateTime closedAt, List<Closure> closures) {

    /** One receipt of the day. */
    public record Line(
            String receiptNo,
            @Schema(allowableValues = { "PAYMENT", "PREPAYMENT", "REFUND" }) String kind,
            String accountNo, long amountFen,
            @Schema(description = "Null for refunds", allowableValues = { "COUNTER", "CASH", "CARD", "WECHAT", "ALIPAY", "BANK", "ONLINE" })
            String channel,
            String cashier,
            @Schema(allowableValues = { "ISSUED", "VOID_REQUESTED", "VOIDED" }) String status,
            OffsetDateTime issuedAt) {
    }

    /** Money taken through one channel: payments, prepayments and both together. */
    public record ChannelTotal(
            @Schema(description = "COUNTER is summed under CASH", allowableValues = { "CASH", "CARD", "WECHAT", "ALIPAY", "BANK",
                    "ONLINE" })
            String channel,
            int count, long paymentFen, long prepaymentFen, long totalFen) {
    }

    public record Tally(int count, long amountFen) {
    }

    /** One cashier's closed day: receipts counted and the net at closing. */
    public record Closure(String cashier, String closedBy, OffsetDateTime closedAt, int receipts, long netFen) {
    }
}
