package com.gasline.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** A query string built from name/value pairs; a null value leaves its parameter out. */
final class Query {

    private final StringJoiner parts = new StringJoiner("&", "?", "").setEmptyValue("");

    static Query of(Object... namesAndValues) {
        Query q = new Query();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            q.and((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return q;
    }

    static Query page(int page, int size) {
        return new Query().paged(page, size);
    }

    Query and(String name, Object value) {
        if (value != null) {
            parts.add(encode(name) + "=" + encode(String.valueOf(value)));
        }
        return this;
    }

    Query paged(int page, int size) {
        return and("page", page).and("size", size);
    }

    /** One path segment, so that a serial such as {@code A/1} or a Chinese name stays one segment. */
    static String segment(String value) {
        return encode(value);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return parts.toString();
    }
}
