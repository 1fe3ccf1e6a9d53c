package com.gasline.metering.internal.rest;

import javax.ws.rs.core.Response;

import com.gasline.metering.api.rest.Receipt;
import com.gasline.metering.api.rest.ReceiptReason;
import com.gasline.metering.api.rest.ReceiptsApi;
import com.gasline.metering.internal.service.Receipts;
import com.gasline.platform.api.RequestContext;

/** The HTTP face of 收据, reached through {@link MeteringResource#receipts()}. */
public class ReceiptsResource implements ReceiptsApi {

    private final Receipts receipts;
    private final RequestContext requests;

    public ReceiptsResource(Receipts receipts, RequestContext requests) {
        this.receipts = receipts;
        this.requests = requests;
    }

    @Override
    public Receipt receipt(String receiptNo) {
        return receipts.receipt(requests.tenant(), receiptNo);
    }

    @Override
    public Response requestVoid(String receiptNo, ReceiptReason reason) {
        return Response.accepted(receipts.requestVoid(requests.tenant(), requests.requireCaller(), receiptNo, reason)).build();
    }

    @Override
    public Receipt approveVoid(String receiptNo) {
        return receipts.approveVoid(requests.tenant(), requests.requireCaller().username(), receiptNo);
    }

    @Override
    public Receipt refuseVoid(String receiptNo, ReceiptReason reason) {
        return receipts.refuseVoid(requests.tenant(), requests.requireCaller().username(), receiptNo, reason);
    }

    @Override
    public Receipt reissue(String receiptNo, ReceiptReason reason) {
        return receipts.reissue(requests.tenant(), requests.requireCaller().username(), receiptNo, reason);
    }

    @Override
    public String print(String receiptNo) {
        return receipts.print(requests.tenant(), receiptNo);
    }
}
