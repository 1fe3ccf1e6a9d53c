package com.gasline.console.internal;

import java.io.IOException;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** {@code GET /}: a person who types the host name lands on the console; any other method is refused. */
final class RootRedirect extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final String target;

    RootRedirect(String target) {
        this.target = target;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            NotServed.METHOD_NOT_ALLOWED.send(request, response);
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", target);
    }
}
