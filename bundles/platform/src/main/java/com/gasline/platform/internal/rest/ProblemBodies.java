package com.gasline.platform.internal.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.core.MediaType;

import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.problem.Text;

/** RFC 7807 bodies, shared by the exception mapper (inside CXF) and the error page (outside it). */
final class ProblemBodies {

    static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json;charset=UTF-8");
    private static final Map<Integer, Text> TITLES = Map.ofEntries(
            Map.entry(400, Text.of("请求有误", "Bad request")),
            Map.entry(401, Text.of("未登录", "Unauthorized")),
            Map.entry(403, Text.of("无权操作", "Forbidden")),
            Map.entry(404, Text.of("未找到", "Not found")),
            Map.entry(405, Text.of("不支持的请求方法", "Method not allowed")),
            Map.entry(406, Text.of("无法提供所需格式", "Not acceptable")),
            Map.entry(409, Text.of("冲突", "Conflict")),
            Map.entry(413, Text.of("请求体过大", "Payload too large")),
            Map.entry(414, Text.of("地址过长", "URI too long")),
            Map.entry(415, Text.of("不支持的内容类型", "Unsupported media type")),
            Map.entry(422, Text.of("违反业务规则", "Business rule violated")),
            Map.entry(429, Text.of("请求过于频繁", "Too many requests")),
            Map.entry(500, Text.of("服务器内部错误", "Internal server error")),
            Map.entry(503, Text.of("服务暂不可用", "Service unavailable")));

    private ProblemBodies() {
    }

    static Map<String, Object> of(ProblemException problem, Locale locale, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:gasline:problem:" + problem.type());
        Text title = TITLES.getOrDefault(problem.status(), problem.status() < 500 ? TITLES.get(400) : TITLES.get(500));
        body.put("title", title.in(locale));
        body.put("status", problem.status());
        body.put("detail", problem.detail().in(locale));
        if (instance != null) {
            body.put("instance", instance);
        }
        if (!problem.errors().isEmpty()) {
            List<Map<String, String>> errors = new ArrayList<>();
            for (FieldError e : problem.errors()) {
                errors.add(Map.of("field", e.field(), "message", e.message().in(locale)));
            }
            body.put("errors", errors);
        }
        return body;
    }

    /** The client's first language from {@code Accept-Language}; zh-CN when absent or unreadable. */
    static Locale locale(String acceptLanguage) {
        try {
            List<Locale.LanguageRange> ranges = acceptLanguage == null ? List.of() : Locale.LanguageRange.parse(acceptLanguage);
            return ranges.isEmpty() ? Locale.SIMPLIFIED_CHINESE : Locale.forLanguageTag(ranges.get(0).getRange());
        } catch (IllegalArgumentException badHeader) {
            return Locale.SIMPLIFIED_CHINESE;
        }
    }
}
