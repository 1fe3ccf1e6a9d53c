package com.gasline.metering.api.rest;


import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import com.gasline.platform.api.Roles;

import io.swagger.v3.oas.annotations.Operation;

/** {@code /api/v1/tenants/{tenant}/metering/bills}: one bill, and its reversal (冲正) with an optional rebill. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface BillsApi {

    @GET
    @Path("{billId}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK, Roles.CASHIER, Roles.SUPERVISOR, Roles.AGENT })
    @Operation(summary = "Read one bill with its lines")
    Bill bill(@PathParam("billId") String billId);

    /** The bill to print (燃气费账单), marked 估抄 or 已冲正 where it is. */
    @GET
    @Path("{billId}/print")
    @Produces("text/html;charset=UTF-8")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK, Roles.CASHIER, Roles.SUPERVISOR, Roles.AGENT })
    @Operation(summary = "Print a bill (燃气费账单) as HTML")
    String print(@PathParam("billId") String billId);

    /** A credit note for the whole bill; with {@code rebill} its readings are billed again as they are now. */
    @POST
    @Path("{billId}/reversal")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR })
    @Operation(summary = "Reverse a bill by a credit note (冲正), optionally rebilling it")
    Correction reverse(@PathParam("billId") String billId, Reversal reversal);
}
