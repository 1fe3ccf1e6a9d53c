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

import com.gasline.platform.api.Roles;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * {@code …/metering/cashier-days/{date}}: 收费日报 of a branch day. {@code cashier} defaults to the caller;
 * another cashier, or {@code *} for the whole branch, is for supervisors and branch admins.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CashierDaysApi {

    @GET
    @Path("{date}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR, Roles.CASHIER })
    @Operation(summary = "Read a cashier's daily report (收费日报)")
    CashierDay day(@PathParam("date") String date, @QueryParam("cashier") String cashier);

    /** 201 once; a second close is 409, and so is a day with a void waiting for approval. */
    @POST
    @Path("{date}/close")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR, Roles.CASHIER })
    @Operation(summary = "Close a cashier's day, once", responses = {
            @ApiResponse(responseCode = "201", description = "The closed day with its totals",
                    headers = @Header(name = "Location", description = "URL of the closed day", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = CashierDay.class))) })
    Response close(@PathParam("date") String date, @QueryParam("cashier") String cashier);

    /** The report as CSV for Excel (UTF-8 with a BOM): one row per receipt, then the totals. */
    @GET
    @Path("{date}/export")
    @Produces("text/csv; charset=UTF-8")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR, Roles.CASHIER })
    @Operation(summary = "Export a cashier's daily report as CSV for Excel", responses = {
            @ApiResponse(responseCode = "200", description = "One row per receipt, then the totals (UTF-8 with a BOM)",
                    headers = @Header(name = "Content-Disposition", description = "attachment, named cashier-day-{date}.csv", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))) })
    Response export(@PathParam("date") String date, @QueryParam("cashier") String cashier);
}
