package com.gasline.platform.api.problem;

import java.util.List;

/** The problems of API.md, one factory each, so status and type never drift apart. */
public final class Problems {

    private Problems() {
    }

    public static ProblemException malformed(Text detail) {
        return new ProblemException(400, "malformed-request", detail);
    }

    public static ProblemException validation(List<FieldError> errors) {
        return new ProblemException(400, "validation", Text.of("请求数据有误，请检查标出的字段", "The request has invalid fields"),
                errors, null);
    }

    public static ProblemException unauthorized(Text detail) {
        return new ProblemException(401, "unauthorized", detail);
    }

    public static ProblemException forbidden(Text detail) {
        return new ProblemException(403, "forbidden", detail);
    }

    public static ProblemException notFound(Text detail) {
        return new ProblemException(404, "not-found", detail);
    }

    public static ProblemException conflict(Text detail) {
        return new ProblemException(409, "conflict", detail);
    }

    public static ProblemException ruleViolated(Text detail) {
        return new ProblemException(422, "rule-violated", detail);
    }

    public static ProblemException ruleViolated(Text detail, List<FieldError> errors) {
        return new ProblemException(422, "rule-violated", detail, errors, null);
    }

    public static ProblemException tooManyRequests(Text detail, int retryAfterSeconds) {
        return new ProblemException(429, "too-many-requests", detail, List.of(), retryAfterSeconds);
    }

    public static ProblemException unavailable(Text detail, int retryAfterSeconds) {
        return new ProblemException(503, "unavailable", detail, List.of(), retryAfterSeconds);
    }
}
