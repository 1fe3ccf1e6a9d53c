package com.gasline.platform.internal.rest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.PathSegment;
import javax.ws.rs.core.UriInfo;

import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/**
 * A NUL byte or another control character in a path is refused with 400, before it can reach a query
 * (PostgreSQL refuses NUL in text with an error, not a row). Path parameters of module resources are matched
 * later, behind a locator, so the decoded path segments are checked and reported as {@code path}. Query
 * parameters are checked by {@link RoleCheckingInvoker}, after the caller's roles.
 */
@Priority(Priorities.HEADER_DECORATOR)
final class ControlCharacterFilter implements ContainerRequestFilter {

    static final String PATH = "path";
    static final Text MESSAGE = Text.of("不能包含控制字符", "must not contain control characters");

    @Override
    public void filter(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        Optional<String> bad = firstBad(uri.getPathParameters(true)).or(() -> badSegment(uri.getPathSegments(true)));
        bad.ifPresent(field -> {
            throw Problems.validation(List.of(new FieldError(field, MESSAGE)));
        });
    }

    static Optional<String> firstBad(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            if (hasControl(p.getKey()) || p.getValue().stream().anyMatch(ControlCharacterFilter::hasControl)) {
                return Optional.of(hasControl(p.getKey()) ? "query" : p.getKey());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> badSegment(List<PathSegment> segments) {
        return segments.stream().anyMatch(s -> hasControl(s.getPath())) ? Optional.of(PATH) : Optional.empty();
    }

    static boolean hasControl(String value) {
        return value != null && value.chars().anyMatch(Character::isISOControl);
    }
}
