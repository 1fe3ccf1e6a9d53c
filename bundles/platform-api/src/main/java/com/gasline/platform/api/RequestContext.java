package com.gasline.platform.api;

import java.util.Optional;

/** The caller of the request being served on this thread, set by the platform's filters. */
public interface RequestContext {

    Optional<Caller> caller();

    /** The caller, or a 401 problem when the request is anonymous. */
    Caller requireCaller();

    /** Tenant code of the module path being served; a 404 problem outside a tenant path. */
    String tenant();
}
