package com.gasline.platform.api.notify;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One attempt to deliver a notice: QUEUED until {@code dueAt} (quiet hours, retry backoff), then SENT (handed over),
 * DELIVERED (the channel confirmed), FAILED with the reason (a later attempt follows until the limit), or
 * UNDELIVERABLE (no usable channel, opted out): the customer could not be reached and someone has to act.
 */
public record NoticeDelivery(
        String id,
        String noticeId,
        String customerId,
        @Schema(example = "email") String channel,
        @Schema(example = "wang@example.com") String address,
        @Schema(allowableValues = { "QUEUED", "SENDING", "SENT", "DELIVERED", "FAILED", "UNDELIVERABLE" }) String status,
        @Schema(example = "SMTP 550 mailbox unavailable") String reason,
        int attempt,
        OffsetDateTime dueAt,
        OffsetDateTime at) {

    public static final String QUEUED = "QUEUED";
    public static final String SENDING = "SENDING";
    public static final String SENT = "SENT";
    public static final String DELIVERED = "DELIVERED";
    public static final String FAILED = "FAILED";
    public static final String UNDELIVERABLE = "UNDELIVERABLE";
}
