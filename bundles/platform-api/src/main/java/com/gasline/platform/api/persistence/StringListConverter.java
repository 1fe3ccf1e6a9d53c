package com.gasline.platform.api.persistence;

import java.util.Collections;
import java.util.List;

import javax.persistence.AttributeConverter;
import javax.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A list of strings in one column, written as a JSON array so that values may hold commas and any script.
 * Rows written before as comma-joined text still read; a missing value reads as an empty list. The lists it
 * reads are unmodifiable: assign a new list to change the column, as an in-place change would go unnoticed.
 * Use with {@code @Convert(converter = StringListConverter.class)} and list the class in persistence.xml.
 */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        if (values == null) {
            return null;
        }
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a list of strings always has a JSON form", e);
        }
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        if (column.startsWith("[")) {
            try {
                return Collections.unmodifiableList(json.readValue(column, STRINGS));
            } catch (JsonProcessingException e) {
                // not JSON after all: a legacy value that happens to start with '['
            }
        }
        return List.of(column.split(","));
    }
}
