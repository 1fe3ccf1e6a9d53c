package com.gasline.platform.internal.rest;

import java.util.List;
import java.util.Locale;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;

import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/**
 * An encoded {@code /}, {@code \} or {@code %} in the path is refused before anything is matched: decoded, it would
 * route {@code tenants%2Fnorth} like {@code tenants/north} and let one path mean two things.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
final class EncodedPathFilter implements ContainerRequestFilter {

    private static final List<String> AMBIGUOUS = List.of("%2f", "%5c", "%25");

    @Override
    public void filter(ContainerRequestContext request) {
        if (ambiguous(request.getUriInfo().getRequestUri().getRawPath())) {
            throw Problems.validation(List.of(new FieldError(ControlCharacterFilter.PATH,
                    Text.of("路径中不能含有编码的 /、\\ 或 %", "must not contain an encoded /, \\ or %"))));
        }
    }

    static boolean ambiguous(String rawPath) {
        String path = rawPath == null ? "" : rawPath.toLowerCase(Locale.ROOT);
        return AMBIGUOUS.stream().anyMatch(path::contains);
    }
}
