package com.gasline.platform.internal.rest;

import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.Map;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Response;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * {@code /api/docs}: Swagger UI over {@code /api/openapi.json}, for the developers of a branch's apps. The UI's files come
 * from the swagger-ui webjar, inlined into this bundle at build time; only the two the page needs are served.
 */
@Path("docs")
@Hidden
public final class DocsResource {

    static final String PATH = "docs";
    private static final Map<String, String> FILES = Map.of(
            "swagger-ui.css", "text/css; charset=utf-8",
            "swagger-ui-bundle.js", "application/javascript; charset=utf-8");
    private static final String PAGE = """
            <!doctype html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>Gasline API</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
            <body><div id="api"></div>
            <script src="/api/docs/swagger-ui-bundle.js"></script>
            <script>SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#api", deepLinking: true, persistAuthorization: false });</script>
            </body></html>
            """;

    @GET
    @PermitAll
    public Response page() {
        return Response.ok(PAGE, "text/html; charset=utf-8").build();
    }

    @GET
    @Path("{file}")
    @PermitAll
    public Response file(@PathParam("file") String file) {
        URL url = FILES.containsKey(file) ? find(file) : null;
        if (url == null) {
            throw Problems.notFound(Text.of("没有这个文件", "No such file"));
        }
        try {
            InputStream in = url.openStream();
            return Response.ok(in, FILES.get(file)).header("Cache-Control", "public, max-age=86400").build();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the inlined swagger-ui file " + file + " cannot be read", e);
        }
    }

    private static URL find(String file) {
        Bundle bundle = FrameworkUtil.getBundle(DocsResource.class);
        Enumeration<URL> found = bundle == null ? null : bundle.findEntries("META-INF/resources/webjars/swagger-ui", file, true);
        return found != null && found.hasMoreElements() ? found.nextElement() : null;
    }
}
