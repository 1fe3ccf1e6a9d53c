package com.gasline.jetty.edge;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jetty.util.ajax.JSON;

/**
 * The problem+json body for a status Jetty answers on its own. This fragment cannot see the platform's
 * problem types, so it keeps the few that happen before a request reaches a servlet, same wording.
 */
record EdgeProblem(String type, String titleZh, String titleEn, String detailZh, String detailEn) {

    static final String MEDIA_TYPE = "application/problem+json;charset=utf-8";

    private static final Map<Integer, EdgeProblem> KNOWN = Map.of(
            400, new EdgeProblem("malformed-request", "请求有误", "Bad request",
                    "请求地址或请求头不合法", "The request URI or a header is malformed"),
            404, new EdgeProblem("not-found", "未找到", "Not found", "没有这个地址", "No such path"),
            405, new EdgeProblem("method-not-allowed", "不支持的请求方法", "Method not allowed",
                    "此地址不支持该请求方法", "This path does not support the method"),
            413, new EdgeProblem("payload-too-large", "请求体过大", "Payload too large",
                    "请求体超过了允许的大小", "The body is larger than allowed"),
            414, new EdgeProblem("uri-too-long", "地址过长", "URI too long",
                    "请求地址超过了 8 KB", "The request URI is longer than 8 KB"),
            431, new EdgeProblem("headers-too-large", "请求头过大", "Request headers too large",
                    "请求头超过了允许的大小", "The request headers are larger than allowed"));
    private static final EdgeProblem CLIENT = KNOWN.get(400);
    private static final EdgeProblem SERVER = new EdgeProblem("internal", "服务器内部错误", "Internal server error",
            "服务器内部错误，已记录日志", "Internal error; it has been logged");

    static EdgeProblem of(int status) {
        return KNOWN.getOrDefault(status, status < 500 ? CLIENT : SERVER);
    }

    /** The body in English when asked for, otherwise in zh-CN. */
    String json(int status, boolean english) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:gasline:problem:" + type);
        body.put("title", english ? titleEn : titleZh);
        body.put("status", status);
        body.put("detail", english ? detailEn : detailZh);
        return new JSON().toJSON(body);
    }

    /** Whether the first language of an {@code Accept-Language} header is English. */
    static boolean prefersEnglish(String acceptLanguage) {
        if (acceptLanguage == null) {
            return false;
        }
        String first = acceptLanguage.split(",", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        return first.equals("en") || first.startsWith("en-") || first.startsWith("en;");
    }
}
