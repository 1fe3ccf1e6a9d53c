package com.gasline.console.internal;

import java.io.IOException;
import java.util.Optional;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Serves the console's files under {@code /console/}. The page talks to {@code /api} only, so the policy allows scripts,
 * styles and requests from this origin alone: no inline script, no third-party host, no framing.
 * A missing file is a 404 problem+json, like the API's.
 */
final class ConsoleServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final transient ConsoleFiles files;

    ConsoleServlet(ConsoleFiles files) {
        this.files = files;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            NotServed.METHOD_NOT_ALLOWED.send(request, response);
            return;
        }
        String path = request.getPathInfo();
        if (path == null) {
            // "/console": relative imports in the page need the trailing slash
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getRequestURI() + "/");
            return;
        }
        Optional<ConsoleFiles.File> file = files.find(path.substring(1));
        if (file.isEmpty()) {
            NotServed.NOT_FOUND.send(request, response);
            return;
        }
        send(request, response, file.get());
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, ConsoleFiles.File file) throws IOException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        // revalidated on every load, so a hot-deployed console is seen at once; the ETag makes that a 304
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("ETag", file.etag());
        if (file.etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(file.type());
        response.setContentLength(file.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(file.body());
        }
    }
}
