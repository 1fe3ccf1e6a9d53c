package com.gasline.platform.internal.rest;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.Roles;
import com.gasline.platform.api.jobs.Job;
import com.gasline.platform.api.jobs.Jobs;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

import io.swagger.v3.oas.annotations.Operation;

/**
 * {@code /api/v1/tenants/{tenant}/jobs}: the branch's background work (bill runs, imports …) with progress;
 * branch admins cancel and retry. {@link AuthFilter} has already checked the caller belongs to the tenant.
 */
@Path("v1/tenants/{tenant}/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Component(service = TenantJobsResource.class)
public class TenantJobsResource {

    private final Jobs jobs;

    @Activate
    public TenantJobsResource(@Reference Jobs jobs) {
        this.jobs = jobs;
    }

    @GET
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.CLERK, Roles.CASHIER, Roles.AGENT })
    @Operation(summary = "List the branch's background jobs (bill runs, imports …)")
    public Page<Job> list(@PathParam("tenant") String tenant, @QueryParam("type") String type, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return jobs.list(tenant, type, PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.CLERK, Roles.CASHIER, Roles.AGENT })
    @Operation(summary = "Read a job's progress")
    public Job job(@PathParam("tenant") String tenant, @PathParam("id") String id) {
        return jobs.find(tenant, id).orElseThrow(() -> Problems.notFound(Text.of("没有这个任务", "No such job")));
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed(Roles.BRANCH_ADMIN)
    @Operation(summary = "Cancel a job")
    public Job cancel(@PathParam("tenant") String tenant, @PathParam("id") String id) {
        return jobs.cancel(tenant, id);
    }

    @POST
    @Path("{id}/retry")
    @RolesAllowed(Roles.BRANCH_ADMIN)
    @Operation(summary = "Retry a failed or cancelled job")
    public Job retry(@PathParam("tenant") String tenant, @PathParam("id") String id) {
        return jobs.retry(tenant, id);
    }
}
