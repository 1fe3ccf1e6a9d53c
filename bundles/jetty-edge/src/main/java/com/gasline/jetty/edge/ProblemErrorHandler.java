package com.gasline.jetty.edge;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;

/**
 * Jetty's server-wide error handler, installed by this fragment's {@code jetty.xml}. It answers what Jetty
 * rejects before any servlet context is chosen: URIs with an encoded {@code /} or {@code %} or {@code ..%2F}
 * (400), a request line over 8 KB (414), headers too large (431). Those come without a parsed request, so
 * they are in zh-CN; the rest carries the client's {@code Accept-Language}.
 */
public class ProblemErrorHandler extends ErrorHandler {

    static final String NOSNIFF_HEADER = "X-Content-Type-Options";

    public ProblemErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        fields.put(HttpHeader.CONTENT_TYPE, EdgeProblem.MEDIA_TYPE);
        fields.put(NOSNIFF_HEADER, "nosniff");
        if (HttpStatus.hasNoBody(status)) {
            return BufferUtil.EMPTY_BUFFER;
        }
        return BufferUtil.toBuffer(EdgeProblem.of(status).json(status, false), StandardCharsets.UTF_8);
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
            int code, String message) throws IOException {
        baseRequest.getResponse().resetContent();
        boolean english = EdgeProblem.prefersEnglish(request.getHeader(HttpHeader.ACCEPT_LANGUAGE.asString()));
        byte[] body = EdgeProblem.of(code).json(code, english).getBytes(StandardCharsets.UTF_8);
        response.setContentType(EdgeProblem.MEDIA_TYPE);
        response.setHeader(NOSNIFF_HEADER, "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
