package com.gasline.platform.api.problem;

import java.util.List;

/**
 * An error a client can act on. The platform turns it into RFC 7807 problem+json with
 * {@code type}, {@code title}, {@code status}, {@code detail} and, for validation, {@code errors}.
 * Throw it from a service before anything is written, so bad input changes nothing.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final Text detail;
    private final List<FieldError> errors;
    private final Integer retryAfterSeconds;

    public ProblemException(int status, String type, Text detail, List<FieldError> errors, Integer retryAfterSeconds) {
        super(message(type, detail, errors), null, false, false);
        this.status = status;
        this.type = type;
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public ProblemException(int status, String type, Text detail) {
        this(status, type, detail, List.of(), null);
    }

    private static String message(String type, Text detail, List<FieldError> errors) {
        StringBuilder sb = new StringBuilder(detail.en()).append(" (").append(type).append(')');
        for (FieldError e : errors) {
            sb.append("; ").append(e.field()).append(' ').append(e.message().en());
        }
        return sb.toString();
    }

    public int status() {
        return status;
    }

    /** Short problem code, e.g. {@code validation}; the platform makes it a URI. */
    public String type() {
        return type;
    }

    public Text detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
