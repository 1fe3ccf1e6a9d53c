package com.gasline.platform.internal.rest;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Every string of a JSON body, inside lists too, is plain text: a NUL or another control character
 * (tab and line breaks aside, a remark may have several lines) is refused with 400 naming the field,
 * before it reaches a column. PostgreSQL refuses NUL in text with an error, not a row.
 */
final class PlainTextStrings extends StringDeserializer {

    private static final long serialVersionUID = 1L;

    /** Thrown for a string with a control character; the mapper names the field from its path. */
    static final class ControlCharacterInBody extends JsonMappingException {
        private static final long serialVersionUID = 1L;

        ControlCharacterInBody(JsonParser parser) {
            super(parser, "control character in a string");
        }
    }

    static SimpleModule module() {
        return new SimpleModule("gasline-plain-text").addDeserializer(String.class, new PlainTextStrings());
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        if (hasControl(value)) {
            throw new ControlCharacterInBody(parser);
        }
        return value;
    }

    static boolean hasControl(String value) {
        return value != null && value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
    }
}
