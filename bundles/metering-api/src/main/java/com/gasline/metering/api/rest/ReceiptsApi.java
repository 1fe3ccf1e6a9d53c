package com.gasline.metering.api.rest;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.gasline.platform.api.Roles;

/**
 * {@code …/metering/receipts}: 收据 of payments (SK…) and refunds (TK…). A receipt is never altered: 作废 is
 * asked by its cashier on the day of issue and approved by another supervisor before the day is closed;
 * a lost receipt is reissued (补开) as a marked copy.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ReceiptsApi {

    @GET
    @Path("{receiptNo}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR, Roles.CASHIER, Roles.CLERK })
    Receipt receipt(@PathParam("receiptNo") String receiptNo);

    /** 202 with the receipt VOID_REQUESTED; same day, before the cashier's day is closed, not for refund receipts (409). */
    @POST
    @Path("{receiptNo}/void")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CASHIER })
    Response requestVoid(@PathParam("receiptNo") String receiptNo, ReceiptReason reason);

    /** Voids the payment: its money leaves the bills and the credit it went to. Never by the person who asked (422). */
    @POST
    @Path("{receiptNo}/void/approve")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR })
    Receipt approveVoid(@PathParam("receiptNo") String receiptNo);

    @POST
    @Path("{receiptNo}/void/refuse")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR })
    Receipt refuseVoid(@PathParam("receiptNo") String receiptNo, ReceiptReason reason);

    /** 补开 of a lost receipt: one more copy, printed marked as such; not for a voided receipt (409). */
    @POST
    @Path("{receiptNo}/reissue")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR, Roles.CASHIER })
    Receipt reissue(@PathParam("receiptNo") String receiptNo, ReceiptReason reason);

    /** The receipt to print, amounts also in capital numerals (大写); a copy is marked 补开, a voided one 作废. */
    @GET
    @Path("{receiptNo}/print")
    @Produces("text/html;charset=UTF-8")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR, Roles.CASHIER, Roles.CLERK })
    String print(@PathParam("receiptNo") String receiptNo);
}
