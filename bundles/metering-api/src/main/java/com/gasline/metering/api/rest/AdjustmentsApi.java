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

import com.gasline.platform.api.Page;
import com.gasline.platform.api.Roles;

import io.swagger.v3.oas.annotations.Operation;

/** {@code /api/v1/tenants/{tenant}/metering/adjustments}: the adjustments waiting for a second person's decision. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AdjustmentsApi {

    @GET
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR })
    @Operation(summary = "List adjustments waiting for a decision")
    Page<Adjustment> pending(@QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR, Roles.CASHIER, Roles.CLERK })
    @Operation(summary = "Read an adjustment")
    Adjustment adjustment(@PathParam("id") String id);

    /** By someone other than the person who asked (422 otherwise); only then does the money move. */
    @POST
    @Path("{id}/approve")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR })
    @Operation(summary = "Approve an adjustment (not by its asker): the money moves")
    Adjustment approve(@PathParam("id") String id);

    @POST
    @Path("{id}/refuse")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR })
    @Operation(summary = "Refuse an adjustment")
    Adjustment refuse(@PathParam("id") String id);
}
