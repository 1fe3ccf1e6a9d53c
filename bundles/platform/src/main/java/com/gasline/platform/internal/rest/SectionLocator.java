package com.gasline.platform.internal.rest;

import javax.annotation.security.PermitAll;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.UriInfo;

import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.internal.tenant.TenantGate;

/**
 * {@code /api/v1/{section}/…}: hands the path to the section's resource. The platform's own paths
 * under v1 (health, auth, tenants) have more literal characters, so JAX-RS matches them first.
 */
@Path("v1")
public final class SectionLocator {

    private final SectionWhiteboard sections;
    private final RequestContextImpl requests;

    SectionLocator(SectionWhiteboard sections, RequestContextImpl requests) {
        this.sections = sections;
        this.requests = requests;
    }

    @Path("{section}")
    @PermitAll
    public Object section(@PathParam("section") String id, @Context UriInfo uri) {
        requests.servingSection(uri.getBaseUriBuilder().path("v1").segment(id).build());
        return sections.active(id).map(s -> s.resource()).orElseThrow(() -> sections.known(id)
                ? Problems.unavailable(Text.of("服务 " + id + " 正在更新，请稍后重试", "The " + id + " API is being updated; retry shortly"),
                        TenantGate.RETRY_AFTER_SECONDS)
                : Problems.notFound(Text.of("没有这个接口：" + id, "No such API: " + id)));
    }
}
