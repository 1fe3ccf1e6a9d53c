package com.gasline.group.api.rest;

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
 * {@code /api/v1/group}: the group's templates (集团模板) issued to its branches, the branches' adoptions and
 * overrides, and the drift view. Group admins do everything; group auditors read the drift only; a branch admin reads
 * and adopts the versions issued to their own branch.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.GROUP_ADMIN)
public interface GroupApi {

    @GET
    @Path("kinds")
    @Operation(summary = "List the template kinds the installed modules contribute")
    Page<KindInfo> kinds(@QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @POST
    @Path("templates/{kind}/versions")
    @Operation(summary = "Write a draft version of a template", responses = {
            @ApiResponse(responseCode = "201", description = "The draft with its version number",
                    headers = @Header(name = "Location", description = "URL of the new version", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = TemplateVersion.class))) })
    Response draft(@PathParam("kind") String kind, NewTemplate template);

    @GET
    @Path("templates/{kind}/versions")
    @Operation(summary = "List a template's versions, newest first")
    Page<TemplateVersion> versions(@PathParam("kind") String kind, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("templates/{kind}/versions/{version}")
    @Operation(summary = "Read one version of a template")
    TemplateVersion version(@PathParam("kind") String kind, @PathParam("version") String version);

    @POST
    @Path("templates/{kind}/versions/{version}/publish")
    @Operation(summary = "Publish a draft once its module accepts it (422 with the module's field errors); it never changes again")
    TemplateVersion publish(@PathParam("kind") String kind, @PathParam("version") String version);

    @POST
    @Path("templates/{kind}/versions/{version}/issue")
    @Operation(summary = "Issue a published version to chosen branches or all; branches that follow the latest adopt it at once")
    Issued issue(@PathParam("kind") String kind, @PathParam("version") String version, Issue issue);

    @GET
    @Path("templates/{kind}/drift")
    @RolesAllowed({ Roles.GROUP_ADMIN, Roles.GROUP_AUDITOR })
    @Operation(summary = "Which branch runs which version, and the items it overrode")
    Drift drift(@PathParam("kind") String kind);

    @GET
    @Path("templates/{kind}/drift.csv")
    @Produces("text/csv; charset=UTF-8")
    @RolesAllowed({ Roles.GROUP_ADMIN, Roles.GROUP_AUDITOR })
    @Operation(summary = "The drift view as CSV: a line per branch and overridden item", responses = @ApiResponse(responseCode = "200",
            description = "branch,version,newest,followLatest,item,template,branchValue",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    String driftCsv(@PathParam("kind") String kind);

    @GET
    @Path("branches/{branch}/templates/{kind}/versions")
    @RolesAllowed({ Roles.GROUP_ADMIN, Roles.BRANCH_ADMIN })
    @Operation(summary = "List the versions issued to a branch, newest first (a branch admin: their own branch only)")
    Page<TemplateVersion> issuedVersions(@PathParam("branch") String branch, @PathParam("kind") String kind, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);

    @PUT
    @Path("branches/{branch}/templates/{kind}")
    @RolesAllowed({ Roles.GROUP_ADMIN, Roles.BRANCH_ADMIN })
    @Operation(summary = "Adopt an issued version for a branch, or follow the latest (404 when the branch lacks the kind's module; "
            + "a branch admin: their own branch only)")
    BranchTemplate adopt(@PathParam("branch") String branch, @PathParam("kind") String kind, Adoption adoption);

    @GET
    @Path("branches/{branch}/templates/{kind}")
    @RolesAllowed({ Roles.GROUP_ADMIN, Roles.BRANCH_ADMIN })
    @Operation(summary = "Where a branch stands: its version, what changed since, its overrides (a branch admin: their own branch only)")
    BranchTemplate branch(@PathParam("branch") String branch, @PathParam("kind") String kind);

    @PUT
    @Path("branches/{branch}/templates/{kind}/overrides/{item}")
    @Operation(summary = "Override one item for a branch (422 when the template marks it fixed)")
    BranchTemplate override(@PathParam("branch") String branch, @PathParam("kind") String kind, @PathParam("item") String item,
            NewOverride value);

    @GET
    @Path("branches/{branch}/templates/{kind}/records")
    @RolesAllowed({ Roles.GROUP_ADMIN, Roles.BRANCH_ADMIN })
    @Operation(summary = "List a branch's adoptions and overrides of a kind, oldest first (a branch admin: their own branch only)")
    Page<BranchRecord> records(@PathParam("branch") String branch, @PathParam("kind") String kind, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);

    @GET
    @Path("rollups")
    @RolesAllowed({ Roles.GROUP_ADMIN, Roles.GROUP_AUDITOR })
    @Operation(summary = "Every branch's figures for a period side by side (default: last month); counts and rates only")
    Rollups rollups(@Parameter(schema = @Schema(type = "string", format = "date")) @QueryParam("from") String from,
            @Parameter(schema = @Schema(type = "string", format = "date")) @QueryParam("to") String to);

    @GET
    @Path("rollups.csv")
    @Produces("text/csv; charset=UTF-8")
    @RolesAllowed({ Roles.GROUP_ADMIN, Roles.GROUP_AUDITOR })
    @Operation(summary = "The roll-ups as CSV: a line per branch, a column per measure", responses = @ApiResponse(responseCode = "200",
            description = "branch,name,<measure ids>", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    String rollupsCsv(@Parameter(schema = @Schema(type = "string", format = "date")) @QueryParam("from") String from,
            @Parameter(schema = @Schema(type = "string", format = "date")) @QueryParam("to") String to);

    @GET
    @Path("ranking")
    @RolesAllowed({ Roles.GROUP_ADMIN, Roles.GROUP_AUDITOR })
    @Operation(summary = "The branches ranked on one measure, with the top and bottom tenth marked")
    Ranking ranking(@QueryParam("measure") String measure,
            @Parameter(schema = @Schema(type = "string", format = "date")) @QueryParam("from") String from,
            @Parameter(schema = @Schema(type = "string", format = "date")) @QueryParam("to") String to);
}
