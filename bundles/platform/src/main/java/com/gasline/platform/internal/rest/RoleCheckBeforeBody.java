package com.gasline.platform.internal.rest;

import java.io.IOException;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.ext.ReaderInterceptor;
import javax.ws.rs.ext.ReaderInterceptorContext;

import org.apache.cxf.jaxrs.model.OperationResourceInfo;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;

/**
 * CXF reads a request body before it invokes the method (for a module's sub-resource, right after the
 * locator chose it), so a caller without the role would learn of a bad body (400) before being refused
 * (403). This checks the roles of the method about to be invoked first.
 */
final class RoleCheckBeforeBody implements ReaderInterceptor {

    private final RequestContextImpl requests;

    RoleCheckBeforeBody(RequestContextImpl requests) {
        this.requests = requests;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        OperationResourceInfo ori = message == null ? null : message.getExchange().get(OperationResourceInfo.class);
        if (ori != null && !ori.isSubResourceLocator()) {
            RoleCheckingInvoker.check(requests, ori);
        }
        return context.proceed();
    }
}
