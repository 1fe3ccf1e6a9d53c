package com.gasline.admin.internal.rest;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;


import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.Roles;
import com.gasline.platform.api.problem.Validation;
import com.gasline.platform.api.tenant.ModuleInfo;
import com.gasline.platform.api.tenant.NewTenant;
import com.gasline.platform.api.tenant.NewPassword;
import com.gasline.platform.api.tenant.NewGroupUser;
import com.gasline.platform.api.tenant.NewUser;
import com.gasline.platform.api.tenant.Tenant;
import com.gasline.platform.api.tenant.TenantChange;
import com.gasline.platform.api.tenant.TenantRegistry;
import com.gasline.platform.api.tenant.UserAdmin;
import com.gasline.platform.api.tenant.UserInfo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** {@code /api/v1/admin}: group admins onboard branches, choose their modules, create and manage their users. */
@RolesAllowed(Roles.GROUP_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private final TenantRegistry registry;
    private final UserAdmin users;
    private final RequestContext requests;

    public AdminResource(TenantRegistry registry, UserAdmin users, RequestContext requests) {
        this.registry = registry;
        this.users = users;
        this.requests = requests;
    }

    /** The catalogue stays an array: one entry per installed module bundle, a handful (see API.md). */
    @GET
    @Path("modules")
    @Operation(summary = "List the module catalog")
    public List<ModuleInfo> modules() {
        return registry.modules();
    }

    @POST
    @Path("tenants")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Onboard a branch company (分公司) as a tenant", responses = {
            @ApiResponse(responseCode = "201", description = "The branch as created",
                    headers = @Header(name = "Location", description = "URL of the new branch", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Tenant.class))) })
    public Response createTenant(NewTenant tenant) {
        Tenant created = registry.create(tenant);
        return Response.created(requests.location("tenants", created.code())).entity(created).build();
    }

    @GET
    @Path("tenants")
    @Operation(summary = "List the branches")
    public Page<Tenant> tenants(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return registry.list(PageRequest.of(page, size));
    }

    @GET
    @Path("tenants/{code}")
    @Operation(summary = "Read a branch")
    public Tenant tenant(@PathParam("code") String code) {
        return registry.get(code);
    }

    @PATCH
    @Path("tenants/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a branch, suspend it or make it active again")
    public Tenant changeTenant(@PathParam("code") String code, TenantChange change) {
        return registry.change(code, change);
    }

    @PUT
    @Path("tenants/{code}/modules/{moduleId}")
    @Operation(summary = "Enable a module for a branch (its required modules first)")
    public Tenant enableModule(@PathParam("code") String code, @PathParam("moduleId") String moduleId) {
        return registry.enableModule(code, moduleId);
    }

    @DELETE
    @Path("tenants/{code}/modules/{moduleId}")
    @Operation(summary = "Disable a module for a branch; its data is kept")
    public Tenant disableModule(@PathParam("code") String code, @PathParam("moduleId") String moduleId) {
        return registry.disableModule(code, moduleId);
    }

    @POST
    @Path("group-users")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a group user: another group admin, or a group auditor who reads roll-ups and drift only", responses = {
            @ApiResponse(responseCode = "201", description = "The user as created",
                    headers = @Header(name = "Location", description = "URL of the new user", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserInfo.class))) })
    public Response createGroupUser(NewGroupUser user) {
        new Validation().requireEach("roles", user == null ? null : user.roles()).throwIfInvalid();
        UserInfo created = registry.createUser(null, user == null ? null : user.asUser());
        return Response.created(requests.location("group-users", created.username())).entity(created).build();
    }

    @GET
    @Path("group-users/{username}")
    @Operation(summary = "Read a group user")
    public UserInfo groupUser(@PathParam("username") String username) {
        return users.user(null, username);
    }

    @POST
    @Path("tenants/{code}/users")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a user of a branch, e.g. its first branch admin", responses = {
            @ApiResponse(responseCode = "201", description = "The user as created",
                    headers = @Header(name = "Location", description = "URL of the new user", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserInfo.class))) })
    public Response createUser(@PathParam("code") String code, NewUser user) {
        // a null role would reach the registry's role lookup; named here as roles[i]
        new Validation().requireEach("roles", user == null ? null : user.roles()).throwIfInvalid();
        UserInfo created = registry.createUser(code, user);
        return Response.created(requests.location("tenants", code, "users", created.username())).entity(created).build();
    }

    @GET
    @Path("tenants/{code}/users")
    @Operation(summary = "List a branch's users")
    public Page<UserInfo> users(@PathParam("code") String code, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return registry.users(code, PageRequest.of(page, size));
    }

    @GET
    @Path("tenants/{code}/users/{username}")
    @Operation(summary = "Read a user of a branch")
    public UserInfo user(@PathParam("code") String code, @PathParam("username") String username) {
        return users.user(code, username);
    }

    @POST
    @Path("tenants/{code}/users/{username}/disable")
    @Operation(summary = "Disable a user of a branch: their tokens stop working at once")
    public UserInfo disableUser(@PathParam("code") String code, @PathParam("username") String username) {
        return users.disable(code, username);
    }

    @POST
    @Path("tenants/{code}/users/{username}/enable")
    @Operation(summary = "Enable a disabled user of a branch again")
    public UserInfo enableUser(@PathParam("code") String code, @PathParam("username") String username) {
        return users.enable(code, username);
    }

    @POST
    @Path("tenants/{code}/users/{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a new password for a user of a branch")
    public void resetPassword(@PathParam("code") String code, @PathParam("username") String username, NewPassword password) {
        users.resetPassword(code, username, password);
    }
}
