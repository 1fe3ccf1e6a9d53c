package com.gasline.platform.internal.rest;

import java.util.Set;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gasline.platform.api.Caller;
import com.gasline.platform.internal.audit.AuditLogImpl;

/** Records every write that reached the API, refused ones included, then clears the request state. */
final class AuditFilter implements ContainerResponseFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AuditFilter.class);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final AuditLogImpl audit;
    private final RequestContextImpl requests;

    AuditFilter(AuditLogImpl audit, RequestContextImpl requests) {
        this.audit = audit;
        this.requests = requests;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        try {
            if (WRITES.contains(request.getMethod())) {
                Caller caller = requests.caller().orElse(null);
                String path = AuthFilter.stripSlashes(request.getUriInfo().getPath());
                audit.append(caller == null ? null : caller.tenant(), caller == null ? null : caller.username(),
                        request.getMethod() + " " + path, path, response.getStatus());
            }
        } catch (RuntimeException e) {
            LOG.error("Could not write the audit record of {} {}", request.getMethod(), request.getUriInfo().getPath(), e);
        } finally {
            requests.end();
        }
    }
}
