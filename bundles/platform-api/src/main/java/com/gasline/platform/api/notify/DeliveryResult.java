package com.gasline.platform.api.notify;

/** A channel's answer: {@code status} is SENT, DELIVERED or FAILED; {@code retry} false when trying again is pointless. */
public record DeliveryResult(String status, String reason, boolean retry) {

    /** Handed over (e.g. accepted by the mail server). */
    public static DeliveryResult sent() {
        return new DeliveryResult(NoticeDelivery.SENT, null, false);
    }

    /** Confirmed at the customer's end (an SMS receipt). */
    public static DeliveryResult delivered() {
        return new DeliveryResult(NoticeDelivery.DELIVERED, null, false);
    }

    /** Not this time (server down, timeout): tried again with backoff. */
    public static DeliveryResult failed(String reason) {
        return new DeliveryResult(NoticeDelivery.FAILED, reason, true);
    }

    /** Never (no such mailbox, invalid number): failed without retries. */
    public static DeliveryResult rejected(String reason) {
        return new DeliveryResult(NoticeDelivery.FAILED, reason, false);
    }
}
