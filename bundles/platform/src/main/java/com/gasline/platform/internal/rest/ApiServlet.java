package com.gasline.platform.internal.rest;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.cxf.Bus;
import org.apache.cxf.transport.http.DestinationRegistry;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CXF's servlet, minus its own service descriptions: {@code ?_wadl}, {@code ?wsdl} and {@code ?_schema} are
 * answered by CXF before any JAX-RS filter (and with the WADL generator off, as an empty 404). They are a
 * 404 problem like any unknown path; {@code /api/openapi.json} is the contract.
 */
final class ApiServlet extends CXFNonSpringServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern DESCRIPTION_QUERY = Pattern.compile("(^|&)(_wadl|wsdl|_schema)([=&]|$)");

    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);

    private final transient List<RequestListener> listeners;

    ApiServlet(DestinationRegistry registry, Bus bus, List<RequestListener> listeners) {
        super(registry, bus);
        this.listeners = List.copyOf(listeners);
    }

    /** Times every request, whoever answers it (CXF, a filter's problem, or the description refusal below). */
    @Override
    protected void invoke(HttpServletRequest request, HttpServletResponse response) throws ServletException {
        long started = System.nanoTime();
        boolean failed = true;
        try {
            answer(request, response);
            failed = false;
        } finally {
            ServedRequest served = ServedRequest.of(request, failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus(),
                    System.nanoTime() - started);
            for (RequestListener listener : listeners) {
                try {
                    listener.served(served);
                } catch (RuntimeException e) {
                    LOG.warn("Request listener {} failed: {}", listener.getClass().getSimpleName(), e.toString());
                }
            }
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws ServletException {
        String query = request.getQueryString();
        if (query != null && DESCRIPTION_QUERY.matcher(query.toLowerCase(Locale.ROOT)).find()) {
            try {
                ErrorPageServlet.write(request, response, HttpServletResponse.SC_NOT_FOUND, request.getRequestURI());
            } catch (IOException e) {
                throw new ServletException(e);
            }
            return;
        }
        super.invoke(request, response);
    }
}
