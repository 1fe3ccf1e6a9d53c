package com.gasline.platform.internal.rest;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;

import com.fasterxml.jackson.annotation.JsonView;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;

import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.servers.Server;

/**
 * swagger-core's JAX-RS reader, completing each operation from the Java method it comes from: the tag of the
 * module or section being read, an operationId unique in the whole document ({@code ticketingCreate}), no
 * bearer requirement where the method is {@code @PermitAll}, and the success and problem responses
 * ({@link OperationResponses}).
 */
final class ContractReader extends Reader {

    private final Set<String> operationIds = new HashSet<>();
    private final Map<Operation, Method> read = new IdentityHashMap<>();
    private String tag;
    private boolean inBranch;
    private final Set<Operation> branchOperations = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    ContractReader(OpenAPI api) {
        super(api);
    }

    /** Reads a root resource of the platform, at its own {@code @Path}. */
    void readRoot(String tag, Class<?> resource) {
        this.tag = tag;
        this.inBranch = false;
        read(resource, "", null, false, null, null, new LinkedHashSet<>(), new ArrayList<>(), new HashSet<>());
    }

    /** Reads the resource of a module or section, mounted below {@code parentPath} by a locator. */
    void read(String tag, Class<?> resource, String parentPath) {
        this.tag = tag;
        this.inBranch = parentPath.contains("{tenant}");
        read(resource, parentPath, null, true, null, null, new LinkedHashSet<>(), new ArrayList<>(), new HashSet<>());
    }

    @Override
    protected Operation parseMethod(Class<?> cls, Method method, List<Parameter> globalParameters, Produces classProduces,
            Produces methodProduces, Consumes classConsumes, Consumes methodConsumes, List<SecurityRequirement> classSecurityRequirements,
            Optional<ExternalDocumentation> classExternalDocs, Set<String> classTags, List<Server> classServers, boolean isSubresource,
            RequestBody parentRequestBody, ApiResponses parentResponses, JsonView jsonViewAnnotation,
            io.swagger.v3.oas.annotations.responses.ApiResponse[] classResponses, AnnotatedMethod annotatedMethod) {
        Operation op = super.parseMethod(cls, method, globalParameters, classProduces, methodProduces, classConsumes, methodConsumes,
                classSecurityRequirements, classExternalDocs, classTags, classServers, isSubresource, parentRequestBody, parentResponses,
                jsonViewAnnotation, classResponses, annotatedMethod);
        boolean open = method.isAnnotationPresent(PermitAll.class) || cls.isAnnotationPresent(PermitAll.class);
        op.setTags(List.of(tag));
        op.setOperationId(uniqueId(camel(tag + "-" + method.getName())));
        if (open) {
            op.setSecurity(List.of());
        }
        if (op.getDescription() == null) {
            op.setDescription(open ? "No token needed." : "Roles: " + roles(cls, method) + ".");
        }
        read.put(op, method);
        if (inBranch) {
            branchOperations.add(op);
        }
        return op;
    }

    /** Who may call it, as {@code RoleCheckingInvoker} decides: the method's {@code @RolesAllowed}, else its class's. */
    private static String roles(Class<?> cls, Method method) {
        RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                : cls.getAnnotation(RolesAllowed.class);
        return allowed == null ? "none (refused)" : String.join(", ", allowed.value());
    }

    /** Responses once everything is read: parameters and bodies are added to an operation after it is parsed. */
    OpenAPI completed() {
        read.forEach((op, method) -> OperationResponses.complete(op, method, op.getSecurity() != null && op.getSecurity().isEmpty(),
                branchOperations.contains(op)));
        return getOpenAPI();
    }

    /** {@code cashier-days} and {@code create} make {@code cashierDaysCreate}: a method name in every generated client. */
    static String camel(String words) {
        StringBuilder id = new StringBuilder();
        for (String word : words.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                id.append(id.length() == 0 ? word.substring(0, 1).toLowerCase() : word.substring(0, 1).toUpperCase()).append(word.substring(1));
            }
        }
        return id.toString();
    }

    private String uniqueId(String wanted) {
        String id = wanted;
        for (int n = 2; !operationIds.add(id); n++) {
            id = wanted + n;
        }
        return id;
    }
}
