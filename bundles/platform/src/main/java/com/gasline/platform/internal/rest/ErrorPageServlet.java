package com.gasline.platform.internal.rest;

import java.io.IOException;
import java.util.function.Supplier;

import javax.servlet.RequestDispatcher;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.core.HttpHeaders;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gasline.platform.api.problem.ProblemException;

/**
 * The error page of the web context that holds {@code /api}: Jetty forwards here whatever it answers itself
 * inside that context (a path outside {@code /api}, a query it cannot decode), so that also leaves as
 * problem+json. It is also the context's default servlet: every path no other servlet claims is a 404, except the bare
 * host, which sends a browser to the landing page when a bundle offers one.
 */
final class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient Supplier<String> landing;

    ErrorPageServlet(Supplier<String> landing) {
        this.landing = landing;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String page = landing.get();
        if (code == null && page != null && "/".equals(request.getRequestURI())) {
            land(request, response, page);
            return;
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        write(request, response, code instanceof Integer c ? c : HttpServletResponse.SC_NOT_FOUND,
                uri == null ? request.getRequestURI() : uri.toString());
    }

    private static void land(HttpServletRequest request, HttpServletResponse response, String page) throws IOException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD");
            write(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "/");
            return;
        }
        response.setHeader(SecurityHeadersFilter.NOSNIFF, "nosniff");
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", page);
    }

    /** Writes the problem for a status Jetty or CXF would otherwise answer with HTML or an empty body. */
    static void write(HttpServletRequest request, HttpServletResponse response, int status, String instance) throws IOException {
        ProblemException problem = ProblemMapper.httpProblem(status);
        byte[] body = JSON.writeValueAsBytes(ProblemBodies.of(problem,
                ProblemBodies.locale(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)), instance));
        response.setStatus(status);
        response.setContentType(ProblemBodies.PROBLEM_JSON.toString());
        response.setHeader(SecurityHeadersFilter.NOSNIFF, "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
