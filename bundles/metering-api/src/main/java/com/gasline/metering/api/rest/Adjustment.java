package com.gasline.metering.api.rest;

import java.time.OffsetDateTime;

/** An adjustment as asked and, once decided, who decided it: status PENDING, APPROVED or REFUSED. */
public record Adjustment(String id, String accountNo, String kind, long amountFen, String reason, String requestedBy,
        OffsetDateTime requestedAt, String status, String decidedBy, OffsetDateTime decidedAt) {
}
