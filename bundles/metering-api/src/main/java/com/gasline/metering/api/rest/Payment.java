package com.gasline.metering.api.rest;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A payment with its receipt number, how it settled bills (oldest first) and the prepayment left. */
public record Payment(
        String id, String receiptNo, String accountNo, long amountFen,
        @Schema(allowableValues = { "COUNTER", "CASH", "CARD", "WECHAT", "ALIPAY", "BANK", "ONLINE" }) String channel,
        String cashier, OffsetDateTime paidAt, List<Allocation> allocations, long balanceFen) {

    public record Allocation(String billId, String period, long amountFen) {
    }
}
