package com.gasline.duties.api.rest;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.gasline.platform.api.Roles;

/**
 * {@code /api/v1/tenants/{tenant}/duties}: positions and duty lists, staff, shifts and rosters,
 * handovers, periodic checks and monthly assessment (岗位职责与值班).
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface DutiesApi {

    /** The branch's positions; a new branch starts from the template catalogue. */
    @GET
    @Path("positions")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR, Roles.AGENT, Roles.CLERK, Roles.METER_READER, Roles.CASHIER,
            Roles.CYLINDER_CLERK, Roles.TECHNICIAN, Roles.DISPATCHER, Roles.STATION_OPERATOR })
    List<Position> positions();

    @POST
    @Path("positions")
    @RolesAllowed(Roles.BRANCH_ADMIN)
    Response createPosition(Position position);

    @PUT
    @Path("positions/{code}")
    @RolesAllowed(Roles.BRANCH_ADMIN)
    Position changePosition(@PathParam("code") String code, Position position);

    @POST
    @Path("staff")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD })
    Response addStaff(Staff staff);

    @GET
    @Path("staff")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR })
    List<Staff> staff();

    @POST
    @Path("staff/{username}/training")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD })
    Staff addTraining(@PathParam("username") String username, Training training);

    @POST
    @Path("shifts")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD })
    Response createShift(Shift shift);

    @GET
    @Path("shifts")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR, Roles.AGENT, Roles.TECHNICIAN, Roles.STATION_OPERATOR,
            Roles.DISPATCHER, Roles.CYLINDER_CLERK, Roles.METER_READER, Roles.CLERK, Roles.CASHIER })
    List<Shift> shifts();

    @PUT
    @Path("seat-rules")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD })
    List<SeatRule> changeSeatRules(List<SeatRule> rules);

    @GET
    @Path("seat-rules")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR })
    List<SeatRule> seatRules();

    /** Plans a day (today or later); past days are kept as they were. */
    @PUT
    @Path("rosters/{date}")
    @RolesAllowed(Roles.SHIFT_LEAD)
    Roster plan(@PathParam("date") String date, Roster roster);

    /** Shift leads and admins see every roster; staff see their own shifts. */
    @GET
    @Path("rosters")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR, Roles.AGENT, Roles.TECHNICIAN, Roles.STATION_OPERATOR,
            Roles.DISPATCHER, Roles.CYLINDER_CLERK, Roles.METER_READER, Roles.CLERK, Roles.CASHIER })
    List<Roster> rosters(@QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("rosters/gaps")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR })
    List<Gap> gaps(@QueryParam("from") String from, @QueryParam("to") String to);

    @POST
    @Path("handovers")
    @RolesAllowed({ Roles.SHIFT_LEAD, Roles.AGENT, Roles.STATION_OPERATOR, Roles.DISPATCHER, Roles.CYLINDER_CLERK, Roles.TECHNICIAN })
    Response handOver(NewHandover handover);

    @GET
    @Path("handovers/{id}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR, Roles.AGENT, Roles.STATION_OPERATOR, Roles.DISPATCHER,
            Roles.CYLINDER_CLERK, Roles.TECHNICIAN })
    Handover handover(@PathParam("id") String id);

    /** The incoming person or the shift lead accepts. */
    @POST
    @Path("handovers/{id}/accept")
    @RolesAllowed({ Roles.SHIFT_LEAD, Roles.AGENT, Roles.STATION_OPERATOR, Roles.DISPATCHER, Roles.CYLINDER_CLERK, Roles.TECHNICIAN })
    Handover accept(@PathParam("id") String id);

    @POST
    @Path("handovers/{id}/dispute")
    @RolesAllowed({ Roles.SHIFT_LEAD, Roles.AGENT, Roles.STATION_OPERATOR, Roles.DISPATCHER, Roles.CYLINDER_CLERK, Roles.TECHNICIAN })
    Handover dispute(@PathParam("id") String id, Answer answer);

    @POST
    @Path("handovers/{id}/annotations")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR, Roles.AGENT, Roles.STATION_OPERATOR, Roles.DISPATCHER,
            Roles.CYLINDER_CLERK, Roles.TECHNICIAN })
    Handover annotate(@PathParam("id") String id, Answer note);

    @POST
    @Path("checks")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD })
    Response createCheck(CheckTask task);

    @GET
    @Path("checks")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR, Roles.STATION_OPERATOR, Roles.AGENT, Roles.TECHNICIAN })
    List<CheckTask> checks();

    @POST
    @Path("checks/{id}/records")
    @RolesAllowed({ Roles.SHIFT_LEAD, Roles.STATION_OPERATOR, Roles.AGENT, Roles.TECHNICIAN, Roles.DISPATCHER, Roles.CYLINDER_CLERK })
    Response recordCheck(@PathParam("id") String id, CheckRecord record);

    /** Rounds due and done on {@code day}, per task and per person. */
    @GET
    @Path("checks/compliance")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR })
    List<Compliance> compliance(@QueryParam("day") String day);

    @POST
    @Path("assessments/items")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR })
    Response addAssessmentItem(AssessmentItem item);

    @GET
    @Path("assessments")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR })
    List<Assessment> assessments(@QueryParam("month") String month);
}
