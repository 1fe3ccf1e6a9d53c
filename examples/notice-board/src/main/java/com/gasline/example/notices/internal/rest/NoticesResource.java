package com.gasline.example.notices.internal.rest;


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

import com.gasline.example.notices.internal.service.NewNotice;
import com.gasline.example.notices.internal.service.Notice;
import com.gasline.example.notices.internal.service.Notices;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.Roles;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * {@code /api/v1/tenants/{tenant}/notices}: notices every branch user reads, admins and supervisors post.
 * Thin: the tenant and caller come from the request context, the work from {@link Notices}.
 */
@Produces(MediaType.APPLICATION_JSON)
public class NoticesResource {

    private final Notices notices;
    private final RequestContext requests;

    public NoticesResource(Notices notices, RequestContext requests) {
        this.notices = notices;
        this.requests = requests;
    }

    @GET
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.AGENT, Roles.CLERK, Roles.METER_READER,
            Roles.CASHIER, Roles.CYLINDER_CLERK, Roles.TECHNICIAN, Roles.DISPATCHER, Roles.STATION_OPERATOR })
    @Operation(summary = "List the branch's notices (公告), newest first, paged")
    public Page<Notice> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return notices.list(requests.tenant(), PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.AGENT, Roles.CLERK, Roles.METER_READER,
            Roles.CASHIER, Roles.CYLINDER_CLERK, Roles.TECHNICIAN, Roles.DISPATCHER, Roles.STATION_OPERATOR })
    @Operation(summary = "Read a notice")
    public Notice get(@PathParam("id") String id) {
        return notices.get(requests.tenant(), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR })
    @Operation(summary = "Post a notice to every user of the branch", responses = {
            @ApiResponse(responseCode = "201", description = "The notice as posted",
                    headers = @Header(name = "Location", description = "URL of the new notice", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Notice.class))) })
    public Response publish(NewNotice notice) {
        Notice created = notices.publish(requests.tenant(), requests.requireCaller().username(), notice);
        return Response.created(requests.location(created.id())).entity(created).build();
    }
}
