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
    Response createPoint(NewPoint point);

    @GET
    @Path("points")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    Page<Point> points(@QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("points/{code}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    Point point(@PathParam("code") String point);

    @GET
    @Path("points/{code}/stock")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    Stock stock(@PathParam("code") String point);

    @POST
    @Path("points/{code}/deliveries")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK })
    Stock deliver(@PathParam("code") String point, Transfer transfer);

    @POST
    @Path("points/{code}/dispatches")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK })
    Stock dispatch(@PathParam("code") String point, Transfer transfer);

    @POST
    @Path("points/{code}/checks")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK })
    Response check(@PathParam("code") String point, SafetyCheck check);

    @GET
    @Path("points/{code}/checks")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    Page<SafetyCheck> checks(@PathParam("code") String point, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("points/{code}/checks/{date}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    SafetyCheck checkOn(@PathParam("code") String point, @PathParam("date") String date);

    /** 解缴 of one day, reconciled against that day's exchanges; a day is remitted once. */
    @POST
    @Path("points/{code}/remittances")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK })
    Response remit(@PathParam("code") String point, NewRemittance remittance);

    @GET
    @Path("points/{code}/remittances")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    Page<Remittance> remittances(@PathParam("code") String point, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("points/{code}/remittances/{date}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    Remittance remittanceOn(@PathParam("code") String point, @PathParam("date") String date);

    /** 盘点: counted cylinders by spec and status against the book; once per point and day, differences kept. */
    @POST
    @Path("points/{code}/stock-counts")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK })
    Response count(@PathParam("code") String point, StockCount count);

    @GET
    @Path("points/{code}/stock-counts")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    Page<StockCount> counts(@PathParam("code") String point, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("points/{code}/stock-counts/{date}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    StockCount countOn(@PathParam("code") String point, @PathParam("date") String date);

    @POST
    @Path("cylinders")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK })
    Response register(NewCylinder cylinder);

    @GET
    @Path("cylinders/{serial}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    Cylinder cylinder(@PathParam("serial") String serial);

    /** Cylinders due for inspection within {@code days} (default 30), at one point or everywhere. */
    @GET
    @Path("cylinders/due")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    Page<Cylinder> due(@QueryParam("days") Integer days, @QueryParam("point") String point, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    /** 不合格剔除: never issued again until inspected. */
    @POST
    @Path("cylinders/{serial}/reject")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK })
    Cylinder reject(@PathParam("serial") String serial, Note note);

    @POST
    @Path("cylinders/{serial}/send-inspection")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK })
    Cylinder sendToInspection(@PathParam("serial") String serial, Note note);

    @POST
    @Path("cylinders/{serial}/inspected")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK })
    Cylinder inspected(@PathParam("serial") String serial, Inspected result);

    @POST
    @Path("exchanges")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK })
    Response exchange(NewExchange exchange);

    @GET
    @Path("exchanges")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    Page<Exchange> exchanges(@QueryParam("point") String point, @QueryParam("date") String date, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("exchanges/{id}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    Exchange exchangeById(@PathParam("id") String id);
}
