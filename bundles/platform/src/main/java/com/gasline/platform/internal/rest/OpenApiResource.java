package com.gasline.platform.internal.rest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import com.gasline.platform.api.Module;
import com.gasline.platform.api.Section;
import com.gasline.platform.internal.tenant.ModuleWhiteboard;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * {@code GET /api/openapi.json}: the whole API as OpenAPI 3, built by swagger-core from the
 * JAX-RS annotations of the platform's resources and of every active module under its tenant path.
 */
@Path("openapi.json")
public final class OpenApiResource {

    private final List<Class<?>> rootResources;
    private final ModuleWhiteboard modules;
    private final SectionWhiteboard sections;

    OpenApiResource(List<Class<?>> rootResources, ModuleWhiteboard modules, SectionWhiteboard sections) {
        this.rootResources = rootResources;
        this.modules = modules;
        this.sections = sections;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public String document() {
        Reader reader = new Reader(new OpenAPI());
        OpenAPI api = reader.read(new LinkedHashSet<>(rootResources));
        for (Section section : sections.activeSections()) {
            reader.read(contract(section.resource().getClass()), "/v1/" + section.id(), null, true, null, null,
                    new LinkedHashSet<>(), new ArrayList<>(), new HashSet<>());
        }
        List<Module> active = new ArrayList<>(modules.activeModules());
        active.sort(Comparator.comparing(Module::id));
        for (Module m : active) {
            reader.read(contract(m.resource().getClass()), "/v1/tenants/{tenant}/" + m.id(), null, true, null, null,
                    new LinkedHashSet<>(), new ArrayList<>(), new HashSet<>());
        }
        api = reader.getOpenAPI();
        Paths sorted = new Paths();
        Map<String, PathItem> byPath = new TreeMap<>(api.getPaths() == null ? Map.of() : api.getPaths());
        byPath.forEach((path, item) -> {
            if (path.contains("{tenant}")) {
                item.readOperations().forEach(OpenApiResource::declareTenant);
            }
            sorted.addPathItem(path, item);
        });
        api.setPaths(sorted);
        api.info(new Info().title("Gasline API").version("v1")
                .description("燃气集团客服平台 — multi-tenant customer service for city-gas branches. "
                        + "Errors are application/problem+json; send Accept-Language: en for English details."));
        api.servers(List.of(new Server().url("/api")));
        api.components((api.getComponents() == null ? new Components() : api.getComponents())
                .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
        api.security(List.of(new SecurityRequirement().addList("bearer")));
        return Json.pretty(api);
    }

    /**
     * The annotated JAX-RS interface a resource implements, when it has one: swagger finds sub-resource
     * locators (e.g. metering's {@code accounts/{accountNo}}) only where {@code @Path} sits on the method itself.
     */
    static Class<?> contract(Class<?> resource) {
        for (Class<?> i : resource.getInterfaces()) {
            if (i.isAnnotationPresent(Path.class)) {
                return i;
            }
        }
        return resource;
    }

    private static void declareTenant(Operation op) {
        Set<String> names = new HashSet<>();
        if (op.getParameters() != null) {
            op.getParameters().forEach(p -> names.add(p.getName()));
        }
        if (!names.contains("tenant")) {
            op.addParametersItem(new Parameter().in("path").name("tenant").required(true).schema(new StringSchema())
                    .description("Branch (tenant) code"));
        }
    }
}
