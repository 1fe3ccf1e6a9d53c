package com.gasline.platform.internal.rest;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.core.MultivaluedMap;

import org.apache.cxf.jaxrs.JAXRSInvoker;
import org.apache.cxf.jaxrs.model.OperationResourceInfo;
import org.apache.cxf.jaxrs.utils.JAXRSUtils;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;

import com.gasline.platform.api.Caller;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/**
 * Checks {@code @RolesAllowed} on every invoked method, sub-resources of modules included.
 * An endpoint that declares neither {@code @RolesAllowed} nor {@code @PermitAll} is refused.
 * The order a client sees is 401 → 403 → 400: {@link RoleCheckBeforeBody} checks before a body is read,
 * and query parameters are checked for control characters only once the caller may call the method.
 */
final class RoleCheckingInvoker extends JAXRSInvoker {

    private final RequestContextImpl requests;

    RoleCheckingInvoker(RequestContextImpl requests) {
        this.requests = requests;
    }

    @Override
    protected Object performInvocation(Exchange exchange, Object serviceObject, Method m, Object[] paramArray) throws Exception {
        OperationResourceInfo ori = exchange.get(OperationResourceInfo.class);
        Method annotated = ori == null ? m : ori.getAnnotatedMethod();
        check(requests, annotated, m, serviceObject.getClass());
        if (ori != null && !ori.isSubResourceLocator()) {
            refuseControlCharacters(exchange.getInMessage());
        }
        return super.performInvocation(exchange, serviceObject, m, paramArray);
    }

    static void check(RequestContextImpl requests, OperationResourceInfo ori) {
        check(requests, ori.getAnnotatedMethod(), ori.getMethodToInvoke(), ori.getClassResourceInfo().getResourceClass());
    }

    private static void check(RequestContextImpl requests, Method annotated, Method implemented, Class<?> resourceClass) {
        if (has(PermitAll.class, annotated, implemented)) {
            return;
        }
        RolesAllowed allowed = find(annotated, implemented, annotated.getDeclaringClass(), resourceClass);
        Caller caller = requests.requireCaller();
        if (allowed == null || !caller.hasAnyRole(Set.copyOf(Arrays.asList(allowed.value())))) {
            throw Problems.forbidden(Text.of("当前角色无权执行此操作", "Your roles do not allow this operation"));
        }
    }

    /** A NUL or other control character in a query parameter never reaches a query: 400 naming the parameter. */
    private static void refuseControlCharacters(Message message) {
        MultivaluedMap<String, String> query = JAXRSUtils.getStructuredParams((String) message.get(Message.QUERY_STRING), "&", true, false);
        ControlCharacterFilter.firstBad(query).ifPresent(field -> {
            throw Problems.validation(List.of(new FieldError(field, ControlCharacterFilter.MESSAGE)));
        });
    }

    private static boolean has(Class<PermitAll> type, AnnotatedElement... elements) {
        return Arrays.stream(elements).anyMatch(e -> e.isAnnotationPresent(type));
    }

    private static RolesAllowed find(AnnotatedElement... elements) {
        return Arrays.stream(elements).map(e -> e.getAnnotation(RolesAllowed.class)).filter(a -> a != null).findFirst().orElse(null);
    }
}
