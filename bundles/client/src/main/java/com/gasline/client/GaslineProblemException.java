package com.gasline.client;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The server refused a request (any 4xx or 5xx): the RFC 7807 problem it answered with. {@link #errors()}
 * names the invalid fields of a 400; {@link #detail()} is in the client's language (zh-CN unless set).
 * When the body was not problem+json (a proxy's error page, say), {@code type} is {@code about:blank},
 * {@code title} the HTTP status and {@code detail} the start of the body.
 */
public class GaslineProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One invalid field of the request: which one and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final String instance;
    private final List<FieldError> errors;
    private final String correlationId;

    public GaslineProblemException(int status, String type, String title, String detail, String instance, List<FieldError> errors,
            String correlationId) {
        super(message(status, title, detail, errors));
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
        this.instance = instance;
        this.errors = List.copyOf(errors);
        this.correlationId = correlationId;
    }

    private static String message(int status, String title, String detail, List<FieldError> errors) {
        StringBuilder m = new StringBuilder().append(status).append(' ').append(title);
        if (detail != null && !detail.isBlank()) {
            m.append(": ").append(detail);
        }
        if (!errors.isEmpty()) {
            m.append(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ", " [", "]")));
        }
        return m.toString();
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    /** The request path the problem is about. */
    public String instance() {
        return instance;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The error for {@code field}, if the server named it. */
    public Optional<FieldError> error(String field) {
        return errors.stream().filter(e -> field.equals(e.field())).findFirst();
    }

    /** Set on a 500: the id of the server's log line, to quote to the operator. */
    public String correlationId() {
        return correlationId;
    }
}
