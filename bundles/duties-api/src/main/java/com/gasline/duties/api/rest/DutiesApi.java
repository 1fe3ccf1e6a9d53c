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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

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
    @Operation(summary = "List the branch's positions (岗位) and their duties")
    Page<Position> positions(@QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("positions/{code}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR, Roles.AGENT, Roles.CLERK, Roles.METER_READER, Roles.CASHIER,
            Roles.CYLINDER_CLERK, Roles.TECHNICIAN, Roles.DISPATCHER, Roles.STATION_OPERATOR })
    @Operation(summary = "Read a position")
    Position position(@PathParam("code") String code);

    @POST
    @Path("positions")
    @RolesAllowed(Roles.BRANCH_ADMIN)
    @Operation(summary = "Create a position", responses = {
            @ApiResponse(responseCode = "201", description = "The position as created",
                    headers = @Header(name = "Location", description = "URL of the new position", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Position.class))) })
    Response createPosition(Position position);

    @PUT
    @Path("positions/{code}")
    @RolesAllowed(Roles.BRANCH_ADMIN)
    @Operation(summary = "Change a position")
    Position changePosition(@PathParam("code") String code, Position position);

    @POST
    @Path("staff")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD })
    @Operation(summary = "Add a staff member: a branch user holding a position", responses = {
            @ApiResponse(responseCode = "201", description = "The staff member as added",
                    headers = @Header(name = "Location", description = "URL of the new staff member", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Staff.class))) })
    Response addStaff(Staff staff);

    @GET
    @Path("staff")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR })
    @Operation(summary = "List staff")
    Page<Staff> staff(@QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("staff/{username}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR })
    @Operation(summary = "Read a staff member with their training")
    Staff staffMember(@PathParam("username") String username);

    @POST
    @Path("staff/{username}/training")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD })
    @Operation(summary = "Record a staff member's training (岗前培训)")
    Staff addTraining(@PathParam("username") String username, Training training);

    @POST
    @Path("shifts")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD })
    @Operation(summary = "Create a shift pattern (班次), per season", responses = {
            @ApiResponse(responseCode = "201", description = "The shift as created",
                    headers = @Header(name = "Location", description = "URL of the new shift", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Shift.class))) })
    Response createShift(Shift shift);

    @GET
    @Path("shifts")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR, Roles.AGENT, Roles.TECHNICIAN, Roles.STATION_OPERATOR,
            Roles.DISPATCHER, Roles.CYLINDER_CLERK, Roles.METER_READER, Roles.CLERK, Roles.CASHIER })
    @Operation(summary = "List shift patterns")
    Page<Shift> shifts(@QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("shifts/{code}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR, Roles.AGENT, Roles.TECHNICIAN, Roles.STATION_OPERATOR,
            Roles.DISPATCHER, Roles.CYLINDER_CLERK, Roles.METER_READER, Roles.CLERK, Roles.CASHIER })
    @Operation(summary = "Read a shift pattern")
    Shift shift(@PathParam("code") String code);

    /** The seat rules are one configuration document, replaced whole: an array, not a paged collection (API.md). */
    @PUT
    @Path("seat-rules")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD })
    @Operation(summary = "Set the seat rules: base seats per shift plus N above a volume")
    List<SeatRule> changeSeatRules(List<SeatRule> rules);

    @GET
    @Path("seat-rules")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR })
    @Operation(summary = "Read the seat rules")
    List<SeatRule> seatRules();

    /** Plans a day (today or later); past days are kept as they were. */
    @PUT
    @Path("rosters/{date}")
    @RolesAllowed(Roles.SHIFT_LEAD)
    @Operation(summary = "Plan a day's roster (排班), today or later")
    Roster plan(@PathParam("date") String date, Roster roster);

    /** Shift leads and admins see every roster; staff see their own shifts. */
    @GET
    @Path("rosters")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR, Roles.AGENT, Roles.TECHNICIAN, Roles.STATION_OPERATOR,
            Roles.DISPATCHER, Roles.CYLINDER_CLERK, Roles.METER_READER, Roles.CLERK, Roles.CASHIER })
    @Operation(summary = "List rosters of a period (staff see their own shifts)")
    Page<Roster> rosters(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("rosters/gaps")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR })
    @Operation(summary = "Find roster gaps: seats not covered in a period")
    Page<Gap> gaps(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @POST
    @Path("handovers")
    @RolesAllowed({ Roles.SHIFT_LEAD, Roles.AGENT, Roles.STATION_OPERATOR, Roles.DISPATCHER, Roles.CYLINDER_CLERK, Roles.TECHNICIAN })
    @Operation(summary = "Record a shift handover (交接班)", responses = {
            @ApiResponse(responseCode = "201", description = "The handover, waiting for the incoming person",
                    headers = @Header(name = "Location", description = "URL of the new handover", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Handover.class))) })
    Response handOver(NewHandover handover);

    @GET
    @Path("handovers/{id}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR, Roles.AGENT, Roles.STATION_OPERATOR, Roles.DISPATCHER,
            Roles.CYLINDER_CLERK, Roles.TECHNICIAN })
    @Operation(summary = "Read a handover")
    Handover handover(@PathParam("id") String id);

    /** The incoming person or the shift lead accepts. */
    @POST
    @Path("handovers/{id}/accept")
    @RolesAllowed({ Roles.SHIFT_LEAD, Roles.AGENT, Roles.STATION_OPERATOR, Roles.DISPATCHER, Roles.CYLINDER_CLERK, Roles.TECHNICIAN })
    @Operation(summary = "Accept a handover (the incoming person or a shift lead)")
    Handover accept(@PathParam("id") String id);

    @POST
    @Path("handovers/{id}/dispute")
    @RolesAllowed({ Roles.SHIFT_LEAD, Roles.AGENT, Roles.STATION_OPERATOR, Roles.DISPATCHER, Roles.CYLINDER_CLERK, Roles.TECHNICIAN })
    @Operation(summary = "Dispute a handover, saying what is disputed")
    Handover dispute(@PathParam("id") String id, Answer answer);

    @POST
    @Path("handovers/{id}/annotations")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR, Roles.AGENT, Roles.STATION_OPERATOR, Roles.DISPATCHER,
            Roles.CYLINDER_CLERK, Roles.TECHNICIAN })
    @Operation(summary = "Add a note to a handover")
    Handover annotate(@PathParam("id") String id, Answer note);

    @POST
    @Path("checks")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD })
    @Operation(summary = "Create a periodic check task (巡检)", responses = {
            @ApiResponse(responseCode = "201", description = "The check task as created",
                    headers = @Header(name = "Location", description = "URL of the new check task", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = CheckTask.class))) })
    Response createCheck(CheckTask task);

    @GET
    @Path("checks")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR, Roles.STATION_OPERATOR, Roles.AGENT, Roles.TECHNICIAN })
    @Operation(summary = "List periodic check tasks")
    Page<CheckTask> checks(@QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("checks/{id}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR, Roles.STATION_OPERATOR, Roles.AGENT, Roles.TECHNICIAN })
    @Operation(summary = "Read a periodic check task")
    CheckTask check(@PathParam("id") String id);

    @POST
    @Path("checks/{id}/records")
    @RolesAllowed({ Roles.SHIFT_LEAD, Roles.STATION_OPERATOR, Roles.AGENT, Roles.TECHNICIAN, Roles.DISPATCHER, Roles.CYLINDER_CLERK })
    @Operation(summary = "Record a round of a periodic check, done or missed", responses = {
            @ApiResponse(responseCode = "201", description = "The round as recorded",
                    headers = @Header(name = "Location", description = "URL of the recorded round", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = CheckRecord.class))) })
    Response recordCheck(@PathParam("id") String id, CheckRecord record);

    /** One round as recorded: the check, the day and the slot (HH:mm) it was due. */
    @GET
    @Path("checks/{id}/records/{date}/{slot}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR, Roles.STATION_OPERATOR, Roles.AGENT, Roles.TECHNICIAN })
    @Operation(summary = "Read one round of a periodic check (day and slot)")
    CheckRecord checkRecord(@PathParam("id") String id, @PathParam("date") String date, @PathParam("slot") String slot);

    /** Rounds due and done on {@code date}, per task and per person. */
    @GET
    @Path("checks/compliance")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR })
    @Operation(summary = "Periodic check compliance of a day, per task and per person")
    Page<Compliance> compliance(@QueryParam("date") String date, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @POST
    @Path("assessments/items")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR })
    @Operation(summary = "Add a manual assessment item (考核) for a staff member", responses = {
            @ApiResponse(responseCode = "201", description = "The item as recorded",
                    headers = @Header(name = "Location", description = "URL of the new assessment item", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = AssessmentItem.class))) })
    Response addAssessmentItem(AssessmentItem item);

    @GET
    @Path("assessments/items/{id}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR })
    @Operation(summary = "Read a manual assessment item")
    AssessmentItem assessmentItem(@PathParam("id") String id);

    @GET
    @Path("assessments")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR })
    @Operation(summary = "Monthly assessment scores (考核) and rankings within positions")
    Page<Assessment> assessments(@QueryParam("month") String month, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("assessments/scheme")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR })
    @Operation(summary = "Read the branch's assessment scheme (考核方案): points and bands")
    AssessmentScheme assessmentScheme();

    @PUT
    @Path("assessments/scheme")
    @RolesAllowed(Roles.BRANCH_ADMIN)
    @Operation(summary = "Set the branch's assessment scheme; every month's scores are counted by it from then on")
    AssessmentScheme changeAssessmentScheme(AssessmentScheme scheme);
}
