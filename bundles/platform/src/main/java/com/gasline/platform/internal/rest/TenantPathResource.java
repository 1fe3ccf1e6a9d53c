package com.gasline.platform.internal.rest;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.Module;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.Roles;
import com.gasline.platform.api.tenant.NewPassword;
import com.gasline.platform.api.tenant.NewUser;
import com.gasline.platform.api.tenant.Tenant;
import com.gasline.platform.api.tenant.TenantRegistry;
import com.gasline.platform.api.tenant.UserAdmin;
import com.gasline.platform.api.tenant.UserInfo;
import com.gasline.platform.internal.tenant.TenantGate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * {@code /api/v1/tenants/{tenant}/…}: the branch itself, its own users (created, disabled, given a new password), and the
 * modules the branch enabled.
 * {@link AuthFilter} has already checked that the caller belongs to the tenant and that it is active.
 */
@Path("v1/tenants/{tenant}")
@Component(service = TenantPathResource.class)
public class TenantPathResource {

    private final TenantGate gate;
    private final TenantRegistry registry;
    private final RequestContextImpl requests;
    private final UserAdmin users;

    @Activate
    public TenantPathResource(@Reference TenantGate gate, @Reference TenantRegistry registry, @Reference RequestContextImpl requests,
            @Reference UserAdmin users) {
        this.gate = gate;
        this.registry = registry;
        this.requests = requests;
        this.users = users;
    }

    /** Hands the rest of the path to the module; each of its methods checks its own roles. */
    @Path("{module}")
    @PermitAll
    public Object module(@PathParam("tenant") String tenant, @PathParam("module") String moduleId, @Context UriInfo uri) {
        Module module = gate.enterModule(tenant, moduleId);
        requests.serving(module, uri.getBaseUriBuilder().path("v1/tenants").segment(tenant, moduleId).build());
        return module.resource();
    }

    /** Every user of the branch may read it: a client counts the branch's days in its zone, not in its own. */
    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read the caller's own branch: its name, time zone and enabled modules")
    public Tenant branch(@PathParam("tenant") String tenant) {
        return registry.get(tenant);
    }

    @GET
    @Path("users")
    @RolesAllowed(Roles.BRANCH_ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the branch's users")
    public Page<UserInfo> users(@PathParam("tenant") String tenant, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return registry.users(tenant, PageRequest.of(page, size));
    }

    @POST
    @Path("users")
    @RolesAllowed(Roles.BRANCH_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a branch user with roles", responses = {
            @ApiResponse(responseCode = "201", description = "The user as created",
                    headers = @Header(name = "Location", description = "URL of the new user", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserInfo.class))) })
    public Response createUser(@PathParam("tenant") String tenant, NewUser user, @Context UriInfo uri) {
        UserInfo created = registry.createUser(tenant, user);
        return Response.created(uri.getAbsolutePathBuilder().segment(created.username()).build()).entity(created).build();
    }

    @GET
    @Path("users/{username}")
    @RolesAllowed(Roles.BRANCH_ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read a branch user")
    public UserInfo user(@PathParam("tenant") String tenant, @PathParam("username") String username) {
        return users.user(tenant, username);
    }

    /** The user's tokens stop working at once. */
    @POST
    @Path("users/{username}/disable")
    @RolesAllowed(Roles.BRANCH_ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Disable a branch user: their tokens stop working at once")
    public UserInfo disableUser(@PathParam("tenant") String tenant, @PathParam("username") String username) {
        return users.disable(tenant, username);
    }

    @POST
    @Path("users/{username}/enable")
    @RolesAllowed(Roles.BRANCH_ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enable a disabled branch user again")
    public UserInfo enableUser(@PathParam("tenant") String tenant, @PathParam("username") String username) {
        return users.enable(tenant, username);
    }

    /** For a user who forgot the password: their tokens stop working. */
    @POST
    @Path("users/{username}/password")
    @RolesAllowed(Roles.BRANCH_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a new password for a branch user who forgot theirs")
    public void resetPassword(@PathParam("tenant") String tenant, @PathParam("username") String username, NewPassword password) {
        users.resetPassword(tenant, username, password);
    }
}
