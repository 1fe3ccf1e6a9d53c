package com.gasline.platform.api.notify;

/**
 * A way to reach customers (SMS gateway, WeChat template message, e-mail …), registered as an OSGi service by
 * the bundle that talks to it; the platform picks channels up and drops them as their bundles come and go. A
 * channel is used for a customer who has an address for its {@link #id()}.
 */
public interface NoticeChannel {

    /** {@code email}, {@code sms}, {@code wechat}, {@code log} …: the key of customers' addresses. */
    String id();

    /**
     * Delivers one rendered notice to one address, on the jobs service's worker thread. Must not throw for a
     * refusal: return {@link DeliveryResult#failed} (tried again later) or {@link DeliveryResult#rejected}
     * (the address is wrong; never tried again). A thrown exception counts as a failure to retry.
     */
    DeliveryResult deliver(String address, RenderedNotice notice);

    /** What the customer reads: a title (mail subject, SMS prefix) and the text. */
    record RenderedNotice(String tenant, String noticeId, String kind, String title, String body) {
    }
}
