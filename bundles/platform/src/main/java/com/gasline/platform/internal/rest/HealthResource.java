package com.gasline.platform.internal.rest;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.internal.tenant.ModuleWhiteboard;
import com.gasline.platform.internal.tenant.TenantCensus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * Health for load balancers and the operator on call; no token needed. {@code /live}: the process serves.
 * {@code /ready}: the database answers and every module some branch enabled is active (else 503 naming what is
 * missing), so a balancer sends no traffic to a node still starting its modules. {@code /v1/health} itself stays
 * as it was for scripts: 200 while the database answers, with the active modules and whether the node is ready.
 */
@Path("v1/health")
@Component(service = HealthResource.class)
public class HealthResource {

    static final String DOCS = "/api/docs";
    private static final int DB_TIMEOUT_SECONDS = 2;
    private static final int RETRY_AFTER_SECONDS = 5;

    private final DataSource dataSource;
    private final ModuleWhiteboard modules;
    private final TenantCensus census;

    @Activate
    public HealthResource(@Reference(target = "(dataSourceName=gasline)") DataSource dataSource,
            @Reference ModuleWhiteboard modules, @Reference TenantCensus census) {
        this.dataSource = dataSource;
        this.modules = modules;
        this.census = census;
    }

    /**
     * {@code modules} lists the active ones only: scripts grep it for a module id, so what is missing is named by
     * {@code /ready} alone.
     */
    public record Health(
            @Schema(allowableValues = { "UP", "DOWN" }) String status,
            @Schema(allowableValues = { "UP", "DOWN" }) String db,
            List<String> modules, boolean ready, String docs) {
    }

    public record Live(
            @Schema(allowableValues = { "UP" }) String status,
            String docs) {
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
        List<String> active = activeModules();
        Optional<Set<String>> enabled = databaseUp() ? enabledSomewhere() : Optional.empty();
        boolean db = enabled.isPresent();
        boolean ready = enabled.map(e -> missing(e, active).isEmpty()).orElse(false);
        Health health = new Health(db ? "UP" : "DOWN", db ? "UP" : "DOWN", active, ready, DOCS);
        return Response.status(db ? 200 : 503).entity(health).build();
    }

    @GET
    @Path("live")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Liveness: the process serves requests")
    public Live live() {
        return new Live("UP", DOCS);
    }

    @GET
    @Path("ready")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Readiness: the database answers and every module a branch enabled is active (else 503 naming what is missing)")
    public Health ready() {
        Set<String> enabled = (databaseUp() ? enabledSomewhere() : Optional.<Set<String>>empty()).orElseThrow(
                () -> notReady(List.of(new FieldError("db", Text.of("数据库无响应", "The database does not answer")))));
        List<String> active = activeModules();
        List<String> missing = missing(enabled, active);
        if (!missing.isEmpty()) {
            throw notReady(missing.stream()
                    .map(m -> new FieldError("modules." + m, Text.of("已有分公司启用，但模块未启动", "Enabled by a branch but not active")))
                    .toList());
        }
        return new Health("UP", "UP", active, true, DOCS);
    }

    /** The modules some branch enabled that are not active here, sorted. */
    static List<String> missing(Collection<String> enabled, Collection<String> active) {
        List<String> missing = new ArrayList<>(enabled);
        missing.removeAll(Set.copyOf(active));
        missing.sort(null);
        return List.copyOf(missing);
    }

    private static ProblemException notReady(List<FieldError> missing) {
        String names = String.join(", ", missing.stream().map(FieldError::field).toList());
        return new ProblemException(503, "not-ready", Text.of("节点未就绪：" + names, "This node is not ready: " + names),
                missing, RETRY_AFTER_SECONDS);
    }

    private List<String> activeModules() {
        return modules.activeModules().stream().map(Module::id).sorted().toList();
    }

    /** Empty when the query fails: the database answered a moment ago but cannot be counted on. */
    private Optional<Set<String>> enabledSomewhere() {
        try {
            return Optional.of(census.modulesEnabledSomewhere());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private boolean databaseUp() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(DB_TIMEOUT_SECONDS);
        } catch (Exception e) {
            return false;
        }
    }
}
