package com.gasline.platform.internal.metrics;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Labels of the request meters, bounded whatever a client sends: the module (a module id this node has run, else
 * {@value #PLATFORM}) and the method (the usual ones, else {@value #OTHER}). No tenant and no raw path.
 */
final class RouteLabels {

    static final String PLATFORM = "platform";
    static final String OTHER = "OTHER";
    private static final String TENANTS = "/v1/tenants/";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private RouteLabels() {
    }

    /** {@code /v1/tenants/{tenant}/{module}/…} → the module when it is one; everything else is the platform's. */
    static String module(String apiPath, Predicate<String> isModule) {
        if (apiPath == null || !apiPath.startsWith(TENANTS)) {
            return PLATFORM;
        }
        String[] rest = apiPath.substring(TENANTS.length()).split("/", 3);
        return rest.length >= 2 && isModule.test(rest[1]) ? rest[1] : PLATFORM;
    }

    static String method(String method) {
        return METHODS.contains(method) ? method : OTHER;
    }

    /** Statuses a client can make up are not labels: anything outside 100–599 counts as 500 (what Jetty sends). */
    static String status(int status) {
        return status >= 100 && status <= 599 ? Integer.toString(status) : "500";
    }
}
