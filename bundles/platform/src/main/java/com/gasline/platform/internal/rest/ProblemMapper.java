package com.gasline.platform.internal.rest;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.exceptions.EclipseLinkException;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.gasline.platform.api.Module;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.internal.tenant.TenantGate;

/**
 * The one way errors leave the API: RFC 7807 problem+json, in zh-CN unless the client prefers
 * English. Never a stack trace, never HTML.
 */
final class ProblemMapper implements ExceptionMapper<Throwable> {

    static final MediaType PROBLEM_JSON = ProblemBodies.PROBLEM_JSON;
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    private final RequestContextImpl requests;

    @Context
    private HttpHeaders headers;
    @Context
    private UriInfo uriInfo;

    ProblemMapper(RequestContextImpl requests) {
        this.requests = requests;
    }

    @Override
    public Response toResponse(Throwable error) {
        ProblemException problem = asProblem(error);
        if (problem.status() == 500 && moduleIsStopping()) {
            problem = Problems.unavailable(Text.of("模块正在更新，请稍后重试", "The module is being updated; retry shortly"),
                    TenantGate.RETRY_AFTER_SECONDS);
        }
        String instance = uriInfo == null ? null : "/api/" + AuthFilter.stripSlashes(uriInfo.getPath());
        Map<String, Object> body = ProblemBodies.of(problem, locale(), instance);
        if (problem.status() == 500) {
            // the operator finds the stack trace from the id the client reports
            String correlationId = UUID.randomUUID().toString();
            body.put("correlationId", correlationId);
            LOG.error("Unexpected error while serving {} (correlationId {})", instance, correlationId, error);
        }
        Response.ResponseBuilder response = Response.status(problem.status()).type(PROBLEM_JSON).entity(body);
        if (problem.retryAfterSeconds() != null) {
            response.header("Retry-After", problem.retryAfterSeconds());
        }
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
    }

    /** A request caught mid hot-deploy fails inside the stopping bundle: that is a 503, not a 500. */
    private boolean moduleIsStopping() {
        Module module = requests.servingModule();
        if (module == null) {
            return false;
        }
        Bundle bundle = FrameworkUtil.getBundle(module.getClass());
        return bundle == null || bundle.getState() != Bundle.ACTIVE;
    }

    private Locale locale() {
        try {
            List<Locale> languages = headers == null ? List.of() : headers.getAcceptableLanguages();
            return languages.isEmpty() ? Locale.SIMPLIFIED_CHINESE : languages.get(0);
        } catch (RuntimeException badHeader) {
            return Locale.SIMPLIFIED_CHINESE;
        }
    }

    static ProblemException asProblem(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ProblemException p) {
                return p;
            }
            if (t instanceof JsonProcessingException json) {
                return jsonProblem(json);
            }
        }
        if (error instanceof javax.ws.rs.NotFoundException && error.getCause() != null) {
            // JAX-RS answers a query parameter it cannot convert (?size=x) with 404; the path exists, the value is wrong
            return Problems.malformed(Text.of("查询参数的类型或格式不正确", "A query parameter has a wrong type or format"));
        }
        if (error instanceof WebApplicationException web) {
            return httpProblem(web.getResponse().getStatus());
        }
        if (databaseUnavailable(error)) {
            return Problems.unavailable(Text.of("数据库暂不可用，请稍后重试", "The database is unavailable; retry shortly"),
                    TenantGate.RETRY_AFTER_SECONDS);
        }
        return new ProblemException(500, "internal", Text.of("服务器内部错误，已记录日志", "Internal error; it has been logged"));
    }

    /**
     * The database down or restarting: no connection within the pool's timeout, a connection lost (SQLSTATE class 08,
     * EclipseLink's communication failure), or the server shutting down or starting (57P01–57P03). Nothing was
     * committed, so the client may retry.
     */
    static boolean databaseUnavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() != null ? t.getCause()
                : t instanceof EclipseLinkException e ? e.getInternalException() : null) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || (t instanceof DatabaseException db && db.isCommunicationFailure())) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException jsonProblem(JsonProcessingException json) {
        if (json instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = fieldPath(mapping.getPath());
            Text message = json instanceof UnrecognizedPropertyException ? Text.of("未知字段", "unknown field")
                    : json instanceof PlainTextStrings.ControlCharacterInBody
                            ? Text.of("不能包含控制字符", "must not contain control characters")
                            : Text.of("类型或格式不正确", "has a wrong type or format");
            return Problems.validation(List.of(new FieldError(field, message)));
        }
        return Problems.malformed(Text.of("请求体不是合法的 JSON", "The body is not valid JSON"));
    }

    private static String fieldPath(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    static ProblemException httpProblem(int status) {
        return switch (status) {
            case 404 -> Problems.notFound(Text.of("没有这个地址", "No such path"));
            case 405 -> new ProblemException(405, "method-not-allowed", Text.of("此地址不支持该请求方法", "This path does not support the method"));
            case 406 -> new ProblemException(406, "not-acceptable", Text.of("只能提供 JSON", "Only JSON can be produced"));
            case 413 -> new ProblemException(413, "payload-too-large", Text.of("请求体超过了允许的大小", "The body is larger than allowed"));
            case 414 -> new ProblemException(414, "uri-too-long", Text.of("请求地址过长", "The request URI is too long"));
            case 415 -> new ProblemException(415, "unsupported-media-type", Text.of("请求体必须是 JSON", "The body must be JSON"));
            case 401 -> Problems.unauthorized(Text.of("请先登录", "Log in first"));
            case 403 -> Problems.forbidden(Text.of("无权操作", "Forbidden"));
            default -> status >= 400 && status < 500
                    ? Problems.malformed(Text.of("请求参数有误", "The request parameters are invalid"))
                    : new ProblemException(status, "internal", Text.of("服务器内部错误，已记录日志", "Internal error; it has been logged"));
        };
    }
}
