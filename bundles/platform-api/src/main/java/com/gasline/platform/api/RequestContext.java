package com.gasline.platform.api;

import java.net.URI;
import java.util.Optional;

/** The caller of the request being served on this thread, set by the platform's filters. */
public interface RequestContext {

    Optional<Caller> caller();

    /** The caller, or a 401 problem when the request is anonymous. */
    Caller requireCaller();

    /** Tenant code of the module path being served; a 404 problem outside a tenant path. */
    String tenant();

    /**
     * The absolute URI of a resource of the module or section being served, its path segments taken from its root
     * (e.g. {@code location("customers", id)} under {@code …/tenants/east/accounts}): the {@code Location} of a 201.
     */
    URI location(String... segments);
}
