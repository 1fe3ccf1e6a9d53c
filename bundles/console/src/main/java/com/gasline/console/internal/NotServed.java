package com.gasline.console.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * A console path that is not served, as problem+json like everything else on this host. The console's servlets live in
 * their own bundle's web context, where the platform's error pages do not reach, so they write the problem themselves.
 */
enum NotServed {

    NOT_FOUND(HttpServletResponse.SC_NOT_FOUND, "urn:gasline:problem:not-found", "未找到", "Not found", "没有这个文件", "No such file"),
    METHOD_NOT_ALLOWED(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "urn:gasline:problem:method-not-allowed", "方法不允许", "Method not allowed",
            "控制台的文件只能读取（GET、HEAD）", "The console's files can only be read (GET, HEAD)");

    private final int status;
    private final String type;
    private final String[] title;
    private final String[] detail;

    NotServed(int status, String type, String titleZh, String titleEn, String detailZh, String detailEn) {
        this.status = status;
        this.type = type;
        this.title = new String[] { titleZh, titleEn };
        this.detail = new String[] { detailZh, detailEn };
    }

    void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = request.getHeader("Accept-Language");
        int en = language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? 1 : 0;
        String body = "{\"type\":\"" + type + "\",\"title\":\"" + title[en] + "\",\"status\":" + status + ",\"detail\":\"" + detail[en]
                + "\",\"instance\":\"" + json(request.getRequestURI()) + "\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (this == METHOD_NOT_ALLOWED) {
            response.setHeader("Allow", "GET, HEAD");
        }
        response.setStatus(status);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType("application/problem+json;charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The request URI as a JSON string body: quotes, backslashes and control characters escaped. */
    static String json(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
