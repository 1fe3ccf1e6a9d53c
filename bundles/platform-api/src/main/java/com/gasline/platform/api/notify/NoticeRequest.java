package com.gasline.platform.api.notify;

import java.util.Map;

/**
 * A notice to send: its {@link NoticeKinds kind}, the customer, the addresses the caller knows (channel id →
 * address, e.g. {@code sms → 13800001234}; the customer's stored preferences add to and override these), the
 * template parameters, whether it is an emergency (sent in quiet hours and to customers who opted out), and the
 * subject it is about ({@code outage:<id>}, {@code bill:<no>} …) so that deliveries can be found per notice.
 */
public record NoticeRequest(String kind, Recipient recipient, Map<String, String> addresses, Map<String, String> params,
        boolean emergency, String subject) {

    public NoticeRequest {
        addresses = addresses == null ? Map.of() : Map.copyOf(addresses);
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    /** Who: the customer (key of contact preferences), the account the notice is about, the name to address. */
    public record Recipient(String customerId, String accountNo, String name) {
    }
}
