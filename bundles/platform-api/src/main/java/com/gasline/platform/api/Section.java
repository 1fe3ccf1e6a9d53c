package com.gasline.platform.api;

/**
 * A group-level API contributed by a bundle other than the platform (such as tenant-admin), registered
 * as an OSGi service and served under {@code /api/v1/{id}/}. The platform reaches it through a locator,
 * as it reaches modules: while the contributing bundle is down its paths answer 503 with
 * {@code Retry-After}, and nothing else on {@code /api} moves.
 */
public interface Section {

    /** The URL segment, lower case, e.g. {@code admin}; never one of the platform's own ({@code health}, {@code auth}, {@code tenants}). */
    String id();

    /**
     * The JAX-RS resource; its methods carry {@code @Path} relative to the section root and
     * {@code @RolesAllowed} (on the method or the class) or {@code @PermitAll}.
     */
    Object resource();
}
