package com.gasline.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** One JSON call over the JDK HTTP client: bearer token, language, timeout; any 4xx/5xx becomes a {@link GaslineProblemException}. */
final class Transport {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // keep the offset the branch's clock answered with
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final HttpClient http;
    private final String api;
    private final String language;
    private final Duration timeout;
    private final String token;

    Transport(HttpClient http, String api, String language, Duration timeout, String token) {
        this.http = http;
        this.api = api.endsWith("/") ? api.substring(0, api.length() - 1) : api;
        this.language = language;
        this.timeout = timeout;
        this.token = token;
    }

    Transport withToken(String newToken) {
        return new Transport(http, api, language, timeout, newToken);
    }

    String token() {
        return token;
    }

    <T> T get(String path, Class<T> type) {
        return call("GET", path, null, Map.of(), JSON.constructType(type));
    }

    <T> T send(String method, String path, Object body, Class<T> type) {
        return call(method, path, body, Map.of(), JSON.constructType(type));
    }

    <T> T send(String method, String path, Object body, Map<String, String> headers, Class<T> type) {
        return call(method, path, body, headers, JSON.constructType(type));
    }

    /** A paged list ({@code items, page, size, total}); {@code query} carries page and size. */
    <T> Page<T> page(String path, Query query, Class<T> item) {
        JavaType itemType = JSON.constructType(item);
        return call("GET", path + query, null, Map.of(), JSON.getTypeFactory().constructParametricType(Page.class, itemType));
    }

    /** One of the few small fixed lists the API answers whole (API.md says which). */
    <T> List<T> list(String path, Class<T> item) {
        return call("GET", path, null, Map.of(), JSON.getTypeFactory().constructCollectionType(List.class, JSON.constructType(item)));
    }

    private <T> T call(String method, String path, Object body, Map<String, String> headers, JavaType type) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path)).timeout(timeout)
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        headers.forEach(request::header);
        if (body == null && !"POST".equals(method) && !"PUT".equals(method) && !"PATCH".equals(method)) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofByteArray(write(body == null ? Map.of() : body)));
        }
        HttpResponse<String> response = exchange(request.build());
        if (response.statusCode() >= 400) {
            throw problem(response);
        }
        if (type.getRawClass() == Void.class || response.body().isEmpty()) {
            return null;
        }
        try {
            return JSON.readValue(response.body(), type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(method + " " + path + " answered " + response.statusCode() + " with a body that is not "
                    + type.getRawClass().getSimpleName(), e);
        }
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + request.method() + " " + request.uri(), e);
        }
    }

    private static byte[] write(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** The problem+json body when there is one, otherwise the status and the start of whatever came back. */
    static GaslineProblemException problem(HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (contentType.contains("json")) {
            try {
                JsonNode p = JSON.readTree(body);
                if (p != null && p.isObject()) {
                    List<GaslineProblemException.FieldError> errors = new ArrayList<>();
                    for (JsonNode e : p.path("errors")) {
                        errors.add(new GaslineProblemException.FieldError(e.path("field").asText(null), e.path("message").asText(null)));
                    }
                    return new GaslineProblemException(status, p.path("type").asText("about:blank"),
                            p.path("title").asText("HTTP " + status), p.path("detail").asText(null), p.path("instance").asText(null),
                            errors, p.path("correlationId").asText(null));
                }
            } catch (JsonProcessingException notJson) {
                // fall through: report it as a body that is not a problem
            }
        }
        String start = body.isBlank() ? null : body.substring(0, Math.min(200, body.length())).strip();
        return new GaslineProblemException(status, "about:blank", "HTTP " + status, start, response.request().uri().getPath(),
                List.of(), null);
    }
}
