package com.gasline.cylinders.api.rest;

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
 * {@code /api/v1/tenants/{tenant}/cylinders}: LPG exchange points (调瓶点), the cylinder registry,
 * exchanges, stock, safety checks and daily remittance. Clerks act at their own point only.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CylindersApi {

    @POST
    @Path("points")
    @RolesAllowed(Roles.BRANCH_ADMIN)
    @Operation(summary = "Open an exchange point (调瓶点)", responses = {
            @ApiResponse(responseCode = "201", description = "The point as opened",
                    headers = @Header(name = "Location", description = "URL of the new point", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Point.class))) })
    Response createPoint(NewPoint point);

    @GET
    @Path("points")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    @Operation(summary = "List exchange points (clerks see their own)")
    Page<Point> points(@QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("points/{code}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    @Operation(summary = "Read an exchange point")
    Point point(@PathParam("code") String point);

    @GET
    @Path("points/{code}/stock")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    @Operation(summary = "Read a point's stock by spec and status")
    Stock stock(@PathParam("code") String point);

    @POST
    @Path("points/{code}/deliveries")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK })
    @Operation(summary = "Record a delivery of full cylinders to a point")
    Stock deliver(@PathParam("code") String point, Transfer transfer);

    @POST
    @Path("points/{code}/dispatches")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK })
    @Operation(summary = "Send a point's empty cylinders back to the filling station")
    Stock dispatch(@PathParam("code") String point, Transfer transfer);

    @POST
    @Path("points/{code}/checks")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK })
    @Operation(summary = "Record a point's safety check (防火防爆防盗)", responses = {
            @ApiResponse(responseCode = "201", description = "The check as recorded",
                    headers = @Header(name = "Location", description = "URL of the new safety check", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = SafetyCheck.class))) })
    Response check(@PathParam("code") String point, SafetyCheck check);

    @GET
    @Path("points/{code}/checks")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    @Operation(summary = "List a point's safety checks")
    Page<SafetyCheck> checks(@PathParam("code") String point, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("points/{code}/checks/{date}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    @Operation(summary = "Read a point's safety check of a day")
    SafetyCheck checkOn(@PathParam("code") String point, @PathParam("date") String date);

    /** 解缴 of one day, reconciled against that day's exchanges; a day is remitted once. */
    @POST
    @Path("points/{code}/remittances")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK })
    @Operation(summary = "Remit a day's cash and vouchers (解缴), reconciled against its exchanges", responses = {
            @ApiResponse(responseCode = "201", description = "The remittance with any difference to the exchanges",
                    headers = @Header(name = "Location", description = "URL of the new remittance", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Remittance.class))) })
    Response remit(@PathParam("code") String point, NewRemittance remittance);

    @GET
    @Path("points/{code}/remittances")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    @Operation(summary = "List a point's remittances")
    Page<Remittance> remittances(@PathParam("code") String point, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("points/{code}/remittances/{date}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    @Operation(summary = "Read a point's remittance of a day")
    Remittance remittanceOn(@PathParam("code") String point, @PathParam("date") String date);

    /** 盘点: counted cylinders by spec and status against the book; once per point and day, differences kept. */
    @POST
    @Path("points/{code}/stock-counts")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK })
    @Operation(summary = "Record a point's stock count (盘点) against the book", responses = {
            @ApiResponse(responseCode = "201", description = "The count with its differences to the book",
                    headers = @Header(name = "Location", description = "URL of the new stock count", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = StockCount.class))) })
    Response count(@PathParam("code") String point, StockCount count);

    @GET
    @Path("points/{code}/stock-counts")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    @Operation(summary = "List a point's stock counts")
    Page<StockCount> counts(@PathParam("code") String point, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("points/{code}/stock-counts/{date}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    @Operation(summary = "Read a point's stock count of a day")
    StockCount countOn(@PathParam("code") String point, @PathParam("date") String date);

    @POST
    @Path("cylinders")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK })
    @Operation(summary = "Register a cylinder (钢瓶)", responses = {
            @ApiResponse(responseCode = "201", description = "The cylinder as registered",
                    headers = @Header(name = "Location", description = "URL of the new cylinder", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Cylinder.class))) })
    Response register(NewCylinder cylinder);

    @GET
    @Path("cylinders/{serial}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    @Operation(summary = "Read a cylinder by serial")
    Cylinder cylinder(@PathParam("serial") String serial);

    /** Cylinders due for inspection within {@code days} (default 30), at one point or everywhere. */
    @GET
    @Path("cylinders/due")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    @Operation(summary = "List cylinders due for periodic inspection (定期检验) within some days")
    Page<Cylinder> due(@QueryParam("days") Integer days, @QueryParam("point") String point, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    /** 不合格剔除: never issued again until inspected. */
    @POST
    @Path("cylinders/{serial}/reject")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK })
    @Operation(summary = "Reject a cylinder (不合格剔除): never issued again until inspected")
    Cylinder reject(@PathParam("serial") String serial, Note note);

    @POST
    @Path("cylinders/{serial}/send-inspection")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK })
    @Operation(summary = "Send a cylinder for inspection")
    Cylinder sendToInspection(@PathParam("serial") String serial, Note note);

    @POST
    @Path("cylinders/{serial}/inspected")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK })
    @Operation(summary = "Record a cylinder's inspection result")
    Cylinder inspected(@PathParam("serial") String serial, Inspected result);

    @POST
    @Path("exchanges")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK })
    @Operation(summary = "Exchange a customer's empty cylinder for a full one (调换)", responses = {
            @ApiResponse(responseCode = "201", description = "The exchange as recorded",
                    headers = @Header(name = "Location", description = "URL of the new exchange", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Exchange.class))) })
    Response exchange(NewExchange exchange);

    @GET
    @Path("exchanges")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    @Operation(summary = "List exchanges, by point and day")
    Page<Exchange> exchanges(@QueryParam("point") String point, @QueryParam("date") String date, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("exchanges/{id}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    @Operation(summary = "Read an exchange")
    Exchange exchangeById(@PathParam("id") String id);
}
