package com.gasline.jetty.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.ajax.JSON;
import org.junit.jupiter.api.Test;

class ProblemErrorHandlerTest {

    @Test
    void aTooLongUriIsProblemJsonInChinese() {
        HttpFields fields = new HttpFields();
        String body = BufferUtil.toString(new ProblemErrorHandler().badMessageError(414, "URI Too Long", fields),
                StandardCharsets.UTF_8);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) new JSON().fromJSON(body);
        assertEquals("urn:gasline:problem:uri-too-long", json.get("type"));
        assertEquals("地址过长", json.get("title"));
        assertEquals(414L, ((Number) json.get("status")).longValue());
        assertEquals("application/problem+json;charset=utf-8", fields.get("Content-Type"));
        assertEquals("nosniff", fields.get("X-Content-Type-Options"));
    }

    @Test
    void anAmbiguousUriIsAMalformedRequest() {
        String body = BufferUtil.toString(new ProblemErrorHandler().badMessageError(400, "Ambiguous URI path separator",
                new HttpFields()), StandardCharsets.UTF_8);
        assertTrue(body.contains("\"urn:gasline:problem:malformed-request\""), body);
        assertFalse(body.contains("<"), body);
    }

    @Test
    void unknownStatusesFallBackByClass() {
        assertEquals("malformed-request", EdgeProblem.of(418).type());
        assertEquals("internal", EdgeProblem.of(502).type());
    }

    @Test
    void englishOnlyWhenItComesFirst() {
        assertTrue(EdgeProblem.prefersEnglish("en"));
        assertTrue(EdgeProblem.prefersEnglish("en-US,en;q=0.9"));
        assertFalse(EdgeProblem.prefersEnglish("zh-CN,en;q=0.5"));
        assertFalse(EdgeProblem.prefersEnglish(null));
        assertFalse(EdgeProblem.prefersEnglish("eno"));
    }
}
