package com.gasline.platform.internal.rest;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The responses of an operation as a client meets them: the success swagger could not name from a
 * {@code Response} return (200, or 204 for {@code void}; creates say 201 with {@code @ApiResponse}), and every
 * problem the edge can answer, each a reference to one shared problem+json response. The rules follow the
 * order of checks: 400 always (any query parameter is checked), 401/403 unless {@code @PermitAll}, 404 where the
 * path or a filter names something, 409/422 for writes, 415 for bodies, 503 always (database or module unavailable).
 */
final class OperationResponses {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final List<Map.Entry<String, String>> PROBLEMS = List.of(
            Map.entry("400", "Bad request: a parameter or body field is malformed or missing (see `errors`)"),
            Map.entry("401", "No token, or the token is invalid or expired"),
            Map.entry("403", "The caller's roles or tenant do not allow this, or the branch is suspended"),
            Map.entry("404", "Nothing with this id in the branch, or the module is not enabled for it"),
            Map.entry("409", "Conflict with the current state (a version, an idempotency key, a state transition)"),
            Map.entry("415", "The body must be application/json"),
            Map.entry("422", "A business rule refuses the request (see `detail` and `errors`)"),
            Map.entry("429", "Too many failed logins: wait for `Retry-After` seconds"),
            Map.entry("503", "The database or the module is unavailable for a moment: retry after `Retry-After` seconds"));

    private OperationResponses() {
    }

    /** The shared problem schema and one response per problem status, referred to from every operation. */
    static void register(Components components) {
        Schema<?> error = new ObjectSchema().addProperties("field", new StringSchema().description("The field or parameter, e.g. `lines[0].amountFen`"))
                .addProperties("message", new StringSchema()).required(List.of("field", "message"));
        components.addSchemas(PROBLEM, new ObjectSchema().description("RFC 7807 problem details; texts in zh-CN unless Accept-Language asks for en")
                .addProperties("type", new StringSchema().example("urn:gasline:problem:validation"))
                .addProperties("title", new StringSchema())
                .addProperties("status", new IntegerSchema())
                .addProperties("detail", new StringSchema())
                .addProperties("instance", new StringSchema())
                .addProperties("errors", new ArraySchema().items(error))
                .addProperties("correlationId", new StringSchema().description("Only on a 500: the id of the server's log line"))
                .required(List.of("type", "title", "status", "detail")));
        Content content = new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM)));
        PROBLEMS.forEach(p -> components.addResponses("Problem" + p.getKey(), new ApiResponse().description(p.getValue()).content(content)));
    }

    static void complete(Operation op, Method method, boolean open, boolean inBranch) {
        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        ApiResponse fallback = responses.remove("default");
        if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
            if (method.getReturnType() == void.class) {
                responses.addApiResponse("204", new ApiResponse().description("Done; no content"));
            } else {
                responses.addApiResponse("200", new ApiResponse().description("OK").content(withSchemas(fallback)));
            }
        }
        boolean hasBody = op.getRequestBody() != null;
        List<Parameter> parameters = op.getParameters() == null ? List.of() : op.getParameters();
        boolean write = hasBody || method.isAnnotationPresent(javax.ws.rs.POST.class) || method.isAnnotationPresent(javax.ws.rs.PUT.class)
                || method.isAnnotationPresent(javax.ws.rs.DELETE.class);
        add(responses, "400", true); // a control character in any query parameter is refused
        add(responses, "401", !open);
        add(responses, "403", !open);
        add(responses, "404", inBranch || !parameters.isEmpty()); // a module the branch has not enabled, an unknown id or reference
        add(responses, "409", write && !open);
        add(responses, "415", hasBody);
        add(responses, "422", write);
        add(responses, "429", open && write);
        add(responses, "503", true);
        op.setResponses(responses);
    }

    /** The body swagger found, without an empty schema (a {@code Response} return carries none). */
    private static Content withSchemas(ApiResponse fallback) {
        if (fallback == null || fallback.getContent() == null) {
            return null;
        }
        Content content = new Content();
        fallback.getContent().forEach((type, media) -> {
            if (media.getSchema() != null) {
                content.addMediaType(type, media);
            }
        });
        return content.isEmpty() ? null : content;
    }

    private static void add(ApiResponses responses, String status, boolean applies) {
        if (applies && !responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/Problem" + status));
        }
    }
}
