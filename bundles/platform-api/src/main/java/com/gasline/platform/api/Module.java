package com.gasline.platform.api;

import java.util.Set;

/**
 * A business module, registered as an OSGi service by the module's impl bundle.
 * The platform lists it in the catalog while the service exists and serves {@link #resource()}
 * under {@code /api/v1/tenants/{tenant}/{id}/} for tenants that enabled it.
 */
public interface Module {

    /** Stable id, also the URL segment: lower case, e.g. {@code accounts}. */
    String id();

    /** Human name shown to group admins, e.g. {@code 用户档案 Customer accounts}. */
    String name();

    String version();

    /** Ids of modules a tenant must enable first. */
    Set<String> requires();

    /** Roles this module's endpoints use, for the catalog. */
    Set<String> roles();

    /**
     * The JAX-RS resource serving this module; its methods carry {@code @Path} relative to the
     * module root and {@code @RolesAllowed} (an endpoint without one is refused with 403).
     */
    Object resource();
}
