package com.gasline.metering.api.rest;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.gasline.platform.api.Page;
import com.gasline.platform.api.Roles;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * {@code /api/v1/tenants/{tenant}/metering/accounts/{accountNo}}: one account's bills, its ledger (账户台账) with
 * the running balance, refunds (退费) and adjustments (调账/核销) asked for it.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AccountMoneyApi {

    @GET
    @Path("bills")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK, Roles.CASHIER, Roles.AGENT, Roles.SUPERVISOR })
    @Operation(summary = "List an account's bills")
    Page<Bill> bills(@QueryParam("page") Integer page, @QueryParam("size") Integer size);

    /** Every movement of the account's money, oldest first, with the balance after each. */
    @GET
    @Path("ledger")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK, Roles.CASHIER, Roles.SUPERVISOR })
    @Operation(summary = "Read an account's ledger (账户台账) with the running balance, paged")
    Page<LedgerLine> ledger(@QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("balance")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK, Roles.CASHIER, Roles.SUPERVISOR, Roles.AGENT })
    @Operation(summary = "Read an account's balance")
    AccountBalance balance();

    /** Pays back (part of) the credit with its own receipt (TK…); more than the credit is 422. */
    @POST
    @Path("refunds")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CASHIER })
    @Operation(summary = "Refund (退费) an account's credit, with its own receipt", responses = {
            @ApiResponse(responseCode = "201", description = "The refund with its receipt",
                    headers = @Header(name = "Location", description = "URL of the new refund", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Refund.class))) })
    Response refund(NewRefund refund);

    @GET
    @Path("refunds/{id}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CASHIER, Roles.CLERK, Roles.SUPERVISOR })
    @Operation(summary = "Read a refund of an account")
    Refund refundById(@PathParam("id") String id);

    /** Asks for an adjustment or write-off; money moves only when another person approves it. */
    @POST
    @Path("adjustments")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CASHIER, Roles.CLERK, Roles.SUPERVISOR })
    @Operation(summary = "Ask for an adjustment or write-off (调账/核销) of an account", responses = {
            @ApiResponse(responseCode = "201", description = "The adjustment, waiting for a second person's decision",
                    headers = @Header(name = "Location", description = "URL of the new adjustment", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Adjustment.class))) })
    Response requestAdjustment(NewAdjustment adjustment);
}
