package com.gasline.platform.internal.rest;

import javax.annotation.Priority;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;

/**
 * CORS for the origins of {@link CorsPolicy}: a browser's preflight ({@code OPTIONS} with
 * {@code Access-Control-Request-Method}) is answered 204 before authentication (it carries no token), and every
 * answer to an allowed origin names it in {@code Access-Control-Allow-Origin}. Other origins get no CORS header.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
final class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String ORIGIN = "Origin";
    static final String REQUEST_METHOD = "Access-Control-Request-Method";

    private final CorsPolicy policy;

    CorsFilter(CorsPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString(ORIGIN);
        if (HttpMethod.OPTIONS.equals(request.getMethod()) && request.getHeaderString(REQUEST_METHOD) != null && policy.allows(origin)) {
            request.abortWith(Response.noContent()
                    .header("Access-Control-Allow-Methods", CorsPolicy.METHODS)
                    .header("Access-Control-Allow-Headers", CorsPolicy.REQUEST_HEADERS)
                    .header("Access-Control-Max-Age", policy.maxAgeSeconds())
                    .build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString(ORIGIN);
        if (policy.allows(origin)) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            headers.putSingle("Access-Control-Allow-Origin", origin);
            headers.putSingle("Access-Control-Expose-Headers", CorsPolicy.EXPOSED_HEADERS);
            headers.add("Vary", ORIGIN);
        }
    }
}
