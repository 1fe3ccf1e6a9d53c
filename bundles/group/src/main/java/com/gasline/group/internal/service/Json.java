package com.gasline.group.internal.service;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gasline.group.api.TemplateKind;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/** Templates are kept as JSON text; and a kind's refusal is the group's 422, whatever status its module uses for it. */
final class Json {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Json() {
    }

    static JsonNode read(String text) {
        try {
            return text == null ? null : JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable template JSON", e);
        }
    }

    static List<String> strings(String text) {
        try {
            return JSON.readValue(text, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable template JSON", e);
        }
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the kind's check of {@code content}; its field errors come back under {@code prefix} with status 422. */
    static void validate(TemplateKind kind, JsonNode content, String prefix) {
        try {
            kind.validate(content);
        } catch (ProblemException e) {
            if (e.status() != 400 && e.status() != 422) {
                throw e;
            }
            List<FieldError> errors = e.errors().stream().map(f -> new FieldError(prefix + f.field(), f.message())).toList();
            throw Problems.ruleViolated(Text.of("模块不接受该模板：" + e.detail().zh(), "The module refuses the template: " + e.detail().en()),
                    errors.isEmpty() ? List.of(new FieldError(prefix.isEmpty() ? "content" : prefix.substring(0, prefix.length() - 1), e.detail()))
                            : errors);
        }
    }
}
