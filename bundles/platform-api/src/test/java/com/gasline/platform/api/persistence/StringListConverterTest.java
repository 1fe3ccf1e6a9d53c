package com.gasline.platform.api.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class StringListConverterTest {

    private final StringListConverter converter = new StringListConverter();

    private List<String> roundTrip(List<String> values) {
        return converter.convertToEntityAttribute(converter.convertToDatabaseColumn(values));
    }

    @Test
    void writesAJsonArrayAndReadsItBack() {
        assertEquals("[\"zhang\",\"li\"]", converter.convertToDatabaseColumn(List.of("zhang", "li")));
        assertEquals(List.of("zhang", "li"), roundTrip(List.of("zhang", "li")));
    }

    @Test
    void anEmptyListStaysEmpty() {
        assertEquals("[]", converter.convertToDatabaseColumn(List.of()));
        assertEquals(List.of(), roundTrip(List.of()));
    }

    @Test
    void nullIsNoColumnAndNoColumnIsAnEmptyList() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertEquals(List.of(), converter.convertToEntityAttribute(null));
        assertEquals(List.of(), converter.convertToEntityAttribute(""));
    }

    @Test
    void rowsWrittenCommaJoinedStillRead() {
        assertEquals(List.of("a", "b"), converter.convertToEntityAttribute("a,b"));
        assertEquals(List.of("clerk-1"), converter.convertToEntityAttribute("clerk-1"));
        assertEquals(List.of("[admin]", "b"), converter.convertToEntityAttribute("[admin],b"));
    }

    @Test
    void valuesWithCommasQuotesAndChineseSurvive() {
        List<String> duties = List.of("按抄表日完成抄表，做到看准、抄准、算准", "a, b and \"c\"", "每月 25 日前上交抄表册");
        assertEquals(duties, roundTrip(duties));
        assertEquals("[\"燃气,集团\"]", converter.convertToDatabaseColumn(List.of("燃气,集团")));
    }

    @Test
    void nullElementsAreKept() {
        assertEquals(Arrays.asList("a", null), roundTrip(Arrays.asList("a", null)));
    }

    @Test
    void listsReadAreUnmodifiable() {
        assertThrows(UnsupportedOperationException.class, () -> converter.convertToEntityAttribute("[\"a\"]").add("b"));
        assertThrows(UnsupportedOperationException.class, () -> converter.convertToEntityAttribute("a,b").add("c"));
    }
}
