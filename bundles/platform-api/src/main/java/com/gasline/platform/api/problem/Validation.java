package com.gasline.platform.api.problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every invalid field of a request, then answers one 400 listing them all. */
public final class Validation {

    private final List<FieldError> errors = new ArrayList<>();

    public Validation check(boolean ok, String field, String zh, String en) {
        if (!ok) {
            errors.add(new FieldError(field, Text.of(zh, en)));
        }
        return this;
    }

    public Validation required(String field, Object value) {
        boolean present = value != null && !(value instanceof String s && s.isBlank());
        return check(present, field, "必填", "is required");
    }

    /** Required, and matching {@code regex} in full. */
    public Validation matches(String field, String value, Pattern regex, String zhRule, String enRule) {
        if (value == null || value.isBlank()) {
            return required(field, value);
        }
        return check(regex.matcher(value).matches(), field, "格式不正确：" + zhRule, "has a wrong format: " + enRule);
    }

    public Validation maxLength(String field, String value, int max) {
        return check(value == null || value.length() <= max, field,
                "不能超过 " + max + " 个字符", "must be at most " + max + " characters");
    }

    /** Each item of a list present: a null or blank item is named {@code field[i]}. */
    public Validation requireEach(String field, List<?> items) {
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                required(field + "[" + i + "]", items.get(i));
            }
        }
        return this;
    }

    /** Each text of a list at most {@code max} characters, named {@code field[i]}. */
    public Validation maxLengthEach(String field, List<String> items, int max) {
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                maxLength(field + "[" + i + "]", items.get(i), max);
            }
        }
        return this;
    }

    /** Whether {@code value} is one of {@code allowed}; false for null, on which {@code Set.of(..).contains} would throw. */
    public static boolean oneOf(Object value, Collection<?> allowed) {
        return value != null && allowed.contains(value);
    }

    /** 400 on field {@code body} when a request came without one. */
    public static void requireBody(Object body) {
        new Validation().check(body != null, "body", "缺少请求体", "body is required").throwIfInvalid();
    }

    /** {@code YYYY-MM-DD}; 400 naming {@code field} when missing or malformed. */
    public static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw Problems.validation(List.of(new FieldError(field, Text.of("日期格式为 YYYY-MM-DD", "format YYYY-MM-DD"))));
        }
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
    }
}
