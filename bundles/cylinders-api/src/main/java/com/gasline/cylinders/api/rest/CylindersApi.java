package com.gasline.cylinders.api.rest;

import java.util.List;

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
    List<Point> points();

    @GET
    @Path("points/{id}/stock")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    Stock stock(@PathParam("id") String point);

    @POST
    @Path("points/{id}/deliveries")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK })
    Stock deliver(@PathParam("id") String point, Transfer transfer);

    @POST
    @Path("points/{id}/dispatches")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK })
    Stock dispatch(@PathParam("id") String point, Transfer transfer);

    @POST
    @Path("points/{id}/checks")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK })
    Response check(@PathParam("id") String point, SafetyCheck check);

    @GET
    @Path("points/{id}/checks")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    List<SafetyCheck> checks(@PathParam("id") String point);

    /** 解缴 of one day, reconciled against that day's exchanges; a day is remitted once. */
    @POST
    @Path("points/{id}/remittances")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK })
    Response remit(@PathParam("id") String point, NewRemittance remittance);

    @GET
    @Path("points/{id}/remittances")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    List<Remittance> remittances(@PathParam("id") String point);

    /** 盘点: counted cylinders by spec and status against the book; once per point and day, differences kept. */
    @POST
    @Path("points/{id}/stock-counts")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK })
    Response count(@PathParam("id") String point, StockCount count);

    @GET
    @Path("points/{id}/stock-counts")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD })
    List<StockCount> counts(@PathParam("id") String point);

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
    List<Cylinder> due(@QueryParam("days") Integer days, @QueryParam("point") String point);

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
    List<Exchange> exchanges(@QueryParam("point") String point, @QueryParam("date") String date);
}
