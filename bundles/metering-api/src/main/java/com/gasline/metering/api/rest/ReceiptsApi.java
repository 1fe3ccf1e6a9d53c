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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

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
    @Operation(summary = "Read a receipt (收据)")
    Receipt receipt(@PathParam("receiptNo") String receiptNo);

    /** 202 with the receipt VOID_REQUESTED; same day, before the cashier's day is closed, not for refund receipts (409). */
    @POST
    @Path("{receiptNo}/void")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CASHIER })
    @Operation(summary = "Ask to void a receipt (作废) on its day, for a supervisor's approval", responses = {
            @ApiResponse(responseCode = "202", description = "Accepted: the receipt, VOID_REQUESTED until approved or refused",
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Receipt.class))) })
    Response requestVoid(@PathParam("receiptNo") String receiptNo, ReceiptReason reason);

    /** Voids the payment: its money leaves the bills and the credit it went to. Never by the person who asked (422). */
    @POST
    @Path("{receiptNo}/void/approve")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR })
    @Operation(summary = "Approve a void: the payment's money leaves the bills and the credit")
    Receipt approveVoid(@PathParam("receiptNo") String receiptNo);

    @POST
    @Path("{receiptNo}/void/refuse")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR })
    @Operation(summary = "Refuse a void request")
    Receipt refuseVoid(@PathParam("receiptNo") String receiptNo, ReceiptReason reason);

    /** 补开 of a lost receipt: one more copy, printed marked as such; not for a voided receipt (409). */
    @POST
    @Path("{receiptNo}/reissue")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR, Roles.CASHIER })
    @Operation(summary = "Reissue a lost receipt (补开) as a marked copy")
    Receipt reissue(@PathParam("receiptNo") String receiptNo, ReceiptReason reason);

    /** The receipt to print, amounts also in capital numerals (大写); a copy is marked 补开, a voided one 作废. */
    @GET
    @Path("{receiptNo}/print")
    @Produces("text/html;charset=UTF-8")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR, Roles.CASHIER, Roles.CLERK })
    @Operation(summary = "Print a receipt as HTML, amounts also in capital numerals (大写)")
    String print(@PathParam("receiptNo") String receiptNo);
}
