package com.gasline.inspections.api.rest;

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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * {@code /api/v1/tenants/{tenant}/inspections}: household safety inspections (入户安检) — plans from the accounts, notice
 * before each visit, visits with the checklist, hazards followed until a re-inspection finds them fixed, coverage.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface InspectionsApi {

    @GET
    @Path("rules")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "Read the branch's inspection rules (intervals per class, notice hours, no-access attempts)")
    InspectionRules rules();

    @PUT
    @Path("rules")
    @RolesAllowed(Roles.BRANCH_ADMIN)
    @Operation(summary = "Change the branch's inspection rules; plans made later follow them")
    InspectionRules changeRules(InspectionRules rules);

    @POST
    @Path("plans")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR })
    @Operation(summary = "Plan the inspections of an area for a period: one per active account that is due", responses = {
            @ApiResponse(responseCode = "201", description = "The plan as made",
                    headers = @Header(name = "Location", description = "URL of the new plan", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Plan.class))) })
    Response plan(NewPlan plan);

    @GET
    @Path("plans")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "List plans, newest period first")
    Page<Plan> plans(@QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("plans/{id}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "Read a plan")
    Plan planById(@PathParam("id") String id);

    @GET
    @Path("inspections")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "List inspections of a plan or an account, by account number")
    Page<Inspection> inspections(@QueryParam("plan") String plan, @QueryParam("account") String account,
            @Parameter(schema = @Schema(implementation = InspectionStatus.class)) @QueryParam("status") String status,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("inspections/{id}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "Read an inspection with its visits")
    Inspection inspection(@PathParam("id") String id);

    @POST
    @Path("inspections/{id}/schedule")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.INSPECTOR })
    @Operation(summary = "Tell the customer the visit time, at least the notice hours ahead (安检通知)")
    Inspection schedule(@PathParam("id") String id, NewSchedule schedule);

    @POST
    @Path("inspections/{id}/visits")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.INSPECTOR })
    @Operation(summary = "Record a visit: inspected with the checklist and hazards, no access (到访不遇) or refused (拒检)", responses = {
            @ApiResponse(responseCode = "201", description = "The inspection with the new visit",
                    headers = @Header(name = "Location", description = "URL of the inspection", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Inspection.class))) })
    Response visit(@PathParam("id") String id, NewVisit visit);

    @GET
    @Path("hazards")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "List hazards, oldest deadline first; overdue=true for open ones past their deadline")
    Page<Hazard> hazards(@Parameter(schema = @Schema(implementation = HazardStatus.class)) @QueryParam("status") String status,
            @QueryParam("overdue") Boolean overdue, @QueryParam("account") String account, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);

    @POST
    @Path("hazards/reminders")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR })
    @Operation(summary = "Remind now the customers of open hazards due by tomorrow (the hourly sweep does it too; each once)")
    Reminded remindHazards();

    @GET
    @Path("hazards/{id}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "Read a hazard with its re-inspections")
    Hazard hazard(@PathParam("id") String id);

    @POST
    @Path("hazards/{id}/reinspections")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.INSPECTOR })
    @Operation(summary = "Record a re-inspection (复查); a fixed hazard closes")
    Hazard reinspect(@PathParam("id") String id, NewReinspection reinspection);

    @GET
    @Path("coverage")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR })
    @Operation(summary = "Coverage per plan whose period overlaps from–to (default: this year)")
    CoverageReport coverage(@Parameter(schema = @Schema(type = "string", format = "date")) @QueryParam("from") String from,
            @Parameter(schema = @Schema(type = "string", format = "date")) @QueryParam("to") String to);

    @GET
    @Path("coverage.csv")
    @Produces("text/csv; charset=UTF-8")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR })
    @Operation(summary = "Coverage as CSV, a line per plan", responses = @ApiResponse(responseCode = "200",
            description = "plan,area,periodStart,periodEnd,planned,inspected,noAccess,unreachable,refused,pending,hazardsOpen,hazardsOverdue",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    String coverageCsv(@Parameter(schema = @Schema(type = "string", format = "date")) @QueryParam("from") String from,
            @Parameter(schema = @Schema(type = "string", format = "date")) @QueryParam("to") String to);
}
