package com.gasline.platform.internal.rest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.servlet.http.HttpServletRequest;

/**
 * One request the API answered, as the access log and the request meters see it.
 *
 * @param path the path without its query string (query values may hold personal data)
 * @param tenant the branch the path names, or null
 * @param user the caller the token named, or null (no or bad token)
 */
public record ServedRequest(String method, String path, String tenant, String user, int status, long nanos) {

    /** The request attribute {@link AuthFilter} sets to the caller's username (a JAX-RS property is one). */
    static final String USER = "gasline.user";
    private static final Pattern TENANT_PATH = Pattern.compile("^/v1/tenants/([^/]+)(/.*)?$");

    static ServedRequest of(HttpServletRequest request, int status, long nanos) {
        Object user = request.getAttribute(USER);
        return new ServedRequest(request.getMethod(), request.getRequestURI(), tenant(request.getPathInfo()),
                user == null ? null : user.toString(), status, nanos);
    }

    /** The path under {@code /api}, e.g. {@code /v1/tenants/east/notices/1}. */
    public String apiPath() {
        return path.startsWith(RestServer.ALIAS) ? path.substring(RestServer.ALIAS.length()) : path;
    }

    static String tenant(String pathInfo) {
        if (pathInfo == null) {
            return null;
        }
        Matcher m = TENANT_PATH.matcher(pathInfo);
        return m.matches() ? m.group(1) : null;
    }

    public double millis() {
        return nanos / 1_000_000.0;
    }
}
