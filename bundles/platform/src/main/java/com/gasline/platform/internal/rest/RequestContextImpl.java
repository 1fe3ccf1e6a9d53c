package com.gasline.platform.internal.rest;

import java.net.URI;
import java.util.Optional;

import javax.ws.rs.core.UriBuilder;

import org.osgi.service.component.annotations.Component;

import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Module;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/** Per-thread request state; set by {@link AuthFilter}, cleared when the response leaves. */
@Component(service = { RequestContext.class, RequestContextImpl.class })
public class RequestContextImpl implements RequestContext {

    private final ThreadLocal<Caller> caller = new ThreadLocal<>();
    private final ThreadLocal<String> tenant = new ThreadLocal<>();
    private final ThreadLocal<Module> module = new ThreadLocal<>();
    private final ThreadLocal<URI> root = new ThreadLocal<>();

    void begin(Caller who, String tenantPath) {
        caller.set(who);
        tenant.set(tenantPath);
    }

    void end() {
        caller.remove();
        tenant.remove();
        module.remove();
        root.remove();
    }

    /** The module the rest of this request runs in, to tell its failures from its shutdown. */
    void serving(Module m, URI moduleRoot) {
        module.set(m);
        root.set(moduleRoot);
    }

    /** The root of the section this request runs in, from the request's own base URI. */
    void servingSection(URI sectionRoot) {
        root.set(sectionRoot);
    }

    Module servingModule() {
        return module.get();
    }

    @Override
    public Optional<Caller> caller() {
        return Optional.ofNullable(caller.get());
    }

    @Override
    public Caller requireCaller() {
        Caller c = caller.get();
        if (c == null) {
            throw Problems.unauthorized(Text.of("请先登录", "Log in first"));
        }
        return c;
    }

    @Override
    public String tenant() {
        String t = tenant.get();
        if (t == null) {
            throw Problems.notFound(Text.of("不在分公司路径下", "Not a tenant path"));
        }
        return t;
    }

    @Override
    public URI location(String... segments) {
        URI r = root.get();
        if (r == null) {
            throw new IllegalStateException("location() outside a module or section request");
        }
        return UriBuilder.fromUri(r).segment(segments).build();
    }
}
