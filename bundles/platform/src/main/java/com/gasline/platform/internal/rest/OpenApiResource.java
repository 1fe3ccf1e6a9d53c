package com.gasline.platform.internal.rest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * {@code GET /api/openapi.json}: the whole API as OpenAPI 3, built by swagger-core from the
 * JAX-RS annotations of the platform's resources and of every active module under its tenant path.
 */
@Path("openapi.json")
public final class OpenApiResource {

    private static final Map<String, String> PLATFORM_TAGS = Map.of(
            "health", "Liveness of the platform and the modules",
            "auth", "Tokens and one's own password",
            "users", "Users of a branch and their roles",
            "jobs", "Long work of a branch (bill runs, imports) and its progress",
            "attachments", "Files of a branch (photos, ID copies, contracts), stored in the database; modules keep their ids",
            "customer-notices", "Notices to customers: delivery log, contact preferences, quiet hours");

    private final Map<String, Class<?>> rootResources;
    private final ModuleWhiteboard modules;
    private final SectionWhiteboard sections;

    OpenApiResource(Map<String, Class<?>> rootResources, ModuleWhiteboard modules, SectionWhiteboard sections) {
        this.rootResources = rootResources;
        this.modules = modules;
        this.sections = sections;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public String document() {
        OpenAPI api = new OpenAPI();
        List<Tag> tags = new ArrayList<>();
        ContractReader reader = new ContractReader(api);
        rootResources.forEach((tag, resource) -> {
            reader.readRoot(tag, resource);
            tags.add(new Tag().name(tag).description(PLATFORM_TAGS.get(tag)));
        });
        for (Section section : sections.activeSections()) {
            reader.read(section.id(), contract(section.resource().getClass()), "/v1/" + section.id());
            tags.add(new Tag().name(section.id()).description("Group administration: " + section.id()));
        }
        List<Module> active = new ArrayList<>(modules.activeModules());
        active.sort(Comparator.comparing(Module::id));
        for (Module m : active) {
            reader.read(m.id(), contract(m.resource().getClass()), "/v1/tenants/{tenant}/" + m.id());
            tags.add(new Tag().name(m.id()).description(m.name() + " (module " + m.id() + " " + m.version() + ", enabled per branch)"));
        }
        api = reader.completed();
        Paths sorted = new Paths();
        Map<String, PathItem> byPath = new TreeMap<>(api.getPaths() == null ? Map.of() : api.getPaths());
        byPath.forEach((path, item) -> {
            if (path.contains("{tenant}")) {
                item.readOperations().forEach(OpenApiResource::declareTenant);
            }
            sorted.addPathItem(path, item);
        });
        api.setPaths(sorted);
        api.setTags(tags);
        api.info(new Info().title("Gasline API").version("v1")
                .description("燃气集团客服平台 — multi-tenant customer service for city-gas branches. "
                        + "Errors are application/problem+json; send Accept-Language: en for English details.")
                .contact(new Contact().name("Gasline platform team").url("https://gasline.example/support"))
                .license(new License().name("Proprietary").url("https://gasline.example/license")));
        api.servers(List.of(new Server().url("/api")));
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        OperationResponses.register(components);
        api.components(components.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("POST /v1/auth/token returns the token")));
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
