package com.gasline.platform.internal.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Job parameters and counters are small JSON objects in their columns. */
final class JobJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JobJson() {
    }

    static String write(Map<String, ?> value) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> readParams(String json) {
        return read(json, new TypeReference<Map<String, String>>() { });
    }

    static Map<String, Long> readCounters(String json) {
        return read(json, new TypeReference<Map<String, Long>>() { });
    }

    static Map<String, Long> add(Map<String, Long> a, Map<String, Long> b) {
        Map<String, Long> sum = new TreeMap<>(a);
        b.forEach((k, v) -> sum.merge(k, v, Long::sum));
        return sum;
    }

    private static <T> Map<String, T> read(String json, TypeReference<Map<String, T>> type) {
        try {
            return json == null || json.isBlank() ? Map.of() : Map.copyOf(JSON.readValue(json, type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
