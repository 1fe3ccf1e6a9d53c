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

import com.gasline.platform.api.Page;
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
    Page<Position> positions(@QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("positions/{code}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR, Roles.AGENT, Roles.CLERK, Roles.METER_READER, Roles.CASHIER,
            Roles.CYLINDER_CLERK, Roles.TECHNICIAN, Roles.DISPATCHER, Roles.STATION_OPERATOR })
    Position position(@PathParam("code") String code);

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
    Page<Staff> staff(@QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("staff/{username}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR })
    Staff staffMember(@PathParam("username") String username);

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
    Page<Shift> shifts(@QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("shifts/{code}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR, Roles.AGENT, Roles.TECHNICIAN, Roles.STATION_OPERATOR,
            Roles.DISPATCHER, Roles.CYLINDER_CLERK, Roles.METER_READER, Roles.CLERK, Roles.CASHIER })
    Shift shift(@PathParam("code") String code);

    /** The seat rules are one configuration document, replaced whole: an array, not a paged collection (API.md). */
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
    Page<Roster> rosters(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("rosters/gaps")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR })
    Page<Gap> gaps(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

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
    Page<CheckTask> checks(@QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("checks/{id}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR, Roles.STATION_OPERATOR, Roles.AGENT, Roles.TECHNICIAN })
    CheckTask check(@PathParam("id") String id);

    @POST
    @Path("checks/{id}/records")
    @RolesAllowed({ Roles.SHIFT_LEAD, Roles.STATION_OPERATOR, Roles.AGENT, Roles.TECHNICIAN, Roles.DISPATCHER, Roles.CYLINDER_CLERK })
    Response recordCheck(@PathParam("id") String id, CheckRecord record);

    /** One round as recorded: the check, the day and the slot (HH:mm) it was due. */
    @GET
    @Path("checks/{id}/records/{date}/{slot}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR, Roles.STATION_OPERATOR, Roles.AGENT, Roles.TECHNICIAN })
    CheckRecord checkRecord(@PathParam("id") String id, @PathParam("date") String date, @PathParam("slot") String slot);

    /** Rounds due and done on {@code date}, per task and per person. */
    @GET
    @Path("checks/compliance")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR })
    Page<Compliance> compliance(@QueryParam("date") String date, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @POST
    @Path("assessments/items")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR })
    Response addAssessmentItem(AssessmentItem item);

    @GET
    @Path("assessments/items/{id}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR })
    AssessmentItem assessmentItem(@PathParam("id") String id);

    @GET
    @Path("assessments")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR })
    Page<Assessment> assessments(@QueryParam("month") String month, @QueryParam("page") Integer page, @QueryParam("size") Integer size);
}
