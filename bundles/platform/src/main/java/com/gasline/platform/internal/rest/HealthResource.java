package com.gasline.platform.internal.rest;

import java.sql.Connection;
import java.util.List;

import javax.annotation.security.PermitAll;
import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.Module;
import com.gasline.platform.internal.tenant.ModuleWhiteboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** {@code GET /api/v1/health}: for load balancers and the operator on call; no token needed. */
@Path("v1/health")
@Component(service = HealthResource.class)
public class HealthResource {

    private static final int DB_TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;
    private final ModuleWhiteboard modules;

    @Activate
    public HealthResource(@Reference(target = "(dataSourceName=gasline)") DataSource dataSource,
            @Reference ModuleWhiteboard modules) {
        this.dataSource = dataSource;
        this.modules = modules;
    }

    public record Health(String status, String db, List<String> modules) {
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check the health of the platform, its database and its modules", responses = {
            @ApiResponse(responseCode = "200", description = "UP: the database answers; the active modules",
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Health.class))),
            @ApiResponse(responseCode = "503", description = "DOWN: the database does not answer",
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Health.class))) })
    public Response health() {
        boolean db = databaseUp();
        List<String> active = modules.activeModules().stream().map(Module::id).sorted().toList();
        Health health = new Health(db ? "UP" : "DOWN", db ? "UP" : "DOWN", active);
        return Response.status(db ? 200 : 503).entity(health).build();
    }

    private boolean databaseUp() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(DB_TIMEOUT_SECONDS);
        } catch (Exception e) {
            return false;
        }
    }
}
