package com.gasline.platform.api.notify;

import java.util.List;
import java.util.Optional;

import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;

/**
 * Notices that reach customers (停气通知, 调价, 催缴, 余额不足, 预约, 安检, 隐患整改): rendered from the branch's Chinese
 * template of the kind, sent through the customer's preferred channel (outside quiet hours unless an emergency)
 * by the jobs service, with one delivery row per attempt as the proof that the customer was told. The tenant is
 * explicit because callers may be background jobs.
 */
public interface Notifications {

    /**
     * Records the notice and queues its delivery. Idempotent per tenant, subject, kind and customer: sending the
     * same notice again returns the first one. A customer without a usable channel gets an UNDELIVERABLE row with
     * the reason, never nothing. Throws 400 problems for a bad request (unknown kind, missing template parameter).
     */
    CustomerNotice send(String tenant, NoticeRequest request);

    /** Many notices at once (an outage's every account): one transaction, one sending job; results in request order. */
    List<CustomerNotice> sendAll(String tenant, List<NoticeRequest> requests);

    Optional<CustomerNotice> find(String tenant, String noticeId);

    /** Notices about one subject (e.g. {@code outage:<id>}) with their deliveries, by customer. */
    Page<CustomerNotice> bySubject(String tenant, String subject, PageRequest page);

    /** One customer's notices with their deliveries, newest first. */
    Page<CustomerNotice> byCustomer(String tenant, String customerId, PageRequest page);
}
