package com.gasline.platform.internal.rest;

import javax.servlet.ServletException;

import org.ops4j.pax.web.service.WebContainer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.NamespaceException;

import com.gasline.platform.api.web.LandingPage;

/**
 * Makes {@link ErrorPageServlet} the 4xx and 5xx error page of the web context that holds {@code /api}
 * (the HTTP service's default context, shared by every path outside {@code /api}) and its default servlet:
 * Jetty renders error pages for GET, POST and HEAD only, so a {@code DELETE} of an unknown path would leave
 * with an empty body. Errors Jetty raises before any context is chosen are answered by the
 * {@code gasline-jetty-edge} fragment instead.
 */
@Component(service = ErrorPages.class, immediate = true)
public class ErrorPages {

    static final String LOCATION = "/gasline-error";
    private static final String EVERY_OTHER_PATH = "/";
    // explicit codes: Jetty matches error pages by exact status
    private static final String[] PAGES = { "400", "401", "403", "404", "405", "406", "409", "413", "414", "415", "422", "429", "431", "500",
        "501", "502", "503" };

    private final WebContainer web;
    /** The console, when installed: it may come and go with its bundle while this servlet stays. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile LandingPage landing;

    @Activate
    public ErrorPages(@Reference WebContainer web) throws ServletException, NamespaceException {
        this.web = web;
        // alias "/" is every path no other servlet claims, the error page location included
        web.registerServlet(EVERY_OTHER_PATH, new ErrorPageServlet(() -> {
            LandingPage page = landing;
            return page == null ? null : page.path();
        }), null, null);
        web.registerErrorPages(PAGES, LOCATION, null);
    }

    @Deactivate
    void stop() {
        web.unregisterErrorPages(PAGES, null);
        web.unregister(EVERY_OTHER_PATH);
    }
}
