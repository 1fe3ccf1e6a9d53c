package com.gasline.platform.internal.rest;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;

import org.apache.cxf.jaxrs.utils.JAXRSUtils;
import org.apache.cxf.message.Message;
import org.apache.cxf.transport.http.AbstractHTTPDestination;

import com.gasline.platform.api.Caller;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.internal.security.TokenService;
import com.gasline.platform.internal.tenant.TenantGate;

/**
 * Every request but health, token and the OpenAPI document needs a valid bearer token; {@code /metrics} needs a
 * group admin's, unless it comes from an address {@link ScrapeAccess} trusts. On a
 * tenant path the caller must belong to that tenant (404 otherwise, as for a tenant that does not
 * exist) and the tenant must be active (403): checked here once, before any resource runs.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
final class AuthFilter implements ContainerRequestFilter {

    static final Set<String> PUBLIC = Set.of("v1/health", "v1/health/live", "v1/health/ready", "v1/auth/token", "openapi.json");
    private static final Pattern TENANT_PATH = Pattern.compile("^/?v1/tenants/([^/]+)(/.*)?$");

    private final TokenService tokens;
    private final TenantGate gate;
    private final RequestContextImpl requests;
    private final ScrapeAccess scrapers;

    AuthFilter(TokenService tokens, TenantGate gate, RequestContextImpl requests, ScrapeAccess scrapers) {
        this.tokens = tokens;
        this.gate = gate;
        this.requests = requests;
        this.scrapers = scrapers;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        requests.end();
        String path = stripSlashes(request.getUriInfo().getPath());
        boolean metrics = MetricsResource.PATH.equals(path);
        if (PUBLIC.contains(path) || path.equals(DocsResource.PATH) || path.startsWith(DocsResource.PATH + "/")
                || metrics && scrapers.trusted(peer())) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw Problems.unauthorized(Text.of("缺少访问令牌", "A bearer token is required"));
        }
        Caller caller = tokens.verify(header.substring(7).trim())
                .orElseThrow(() -> Problems.unauthorized(Text.of("访问令牌无效或已过期", "The token is invalid or expired")));
        request.setProperty(ServedRequest.USER, caller.username());
        if (metrics && !caller.isGroupAdmin()) {
            throw Problems.forbidden(Text.of("只有集团管理员可以读取监控指标", "Only a group admin may read the metrics"));
        }
        Matcher tenantPath = TENANT_PATH.matcher(path);
        String tenant = null;
        if (tenantPath.matches()) {
            tenant = tenantPath.group(1);
            gate.enterTenant(caller, tenant);
        } else if (caller.tenant() != null) {
            // a branch user outside the tenant paths (the group section's own-branch endpoints): not while the branch is suspended
            gate.enterTenant(caller, caller.tenant());
        }
        requests.begin(caller, tenant);
    }

    /** The TCP peer, as the login throttle sees it (no proxy is trusted for X-Forwarded-For). */
    private static String peer() {
        Message message = JAXRSUtils.getCurrentMessage();
        Object http = message == null ? null : message.get(AbstractHTTPDestination.HTTP_REQUEST);
        return http instanceof HttpServletRequest servlet ? servlet.getRemoteAddr() : null;
    }

    static String stripSlashes(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
