package com.gasline.platform.internal.rest;

import java.io.IOException;

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
 * problem+json. Reached directly it is just another unknown path.
 */
final class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient ObjectMapper json = new ObjectMapper();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer c ? c : HttpServletResponse.SC_NOT_FOUND;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        ProblemException problem = ProblemMapper.httpProblem(status);
        byte[] body = json.writeValueAsBytes(ProblemBodies.of(problem,
                ProblemBodies.locale(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)), uri == null ? null : uri.toString()));
        response.setStatus(status);
        response.setContentType(ProblemBodies.PROBLEM_JSON.toString());
        response.setHeader(SecurityHeadersFilter.NOSNIFF, "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
