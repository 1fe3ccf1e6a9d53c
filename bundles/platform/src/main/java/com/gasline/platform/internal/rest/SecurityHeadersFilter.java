package com.gasline.platform.internal.rest;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;

/**
 * {@code X-Content-Type-Options: nosniff} on every answer of the API; {@code Cache-Control: no-store} on the
 * token, on everything under a tenant (customers' personal data) and on the group admin's section (branch
 * users), so that no cache keeps a copy.
 */
final class SecurityHeadersFilter implements ContainerResponseFilter {

    static final String NOSNIFF = "X-Content-Type-Options";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(NOSNIFF, "nosniff");
        if (isPrivate(AuthFilter.stripSlashes(request.getUriInfo().getPath()))) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    /** Paths as {@link AuthFilter#stripSlashes} gives them: {@code v1/auth/token}, {@code v1/tenants/…}, {@code v1/admin/…}. */
    static boolean isPrivate(String path) {
        return under(path, "v1/auth/token") || under(path, "v1/tenants") || under(path, "v1/admin");
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
