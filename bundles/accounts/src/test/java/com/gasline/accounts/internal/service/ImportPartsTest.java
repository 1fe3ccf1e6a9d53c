package com.gasline.accounts.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ImportPartsTest {

    @Test
    void rowsSurviveThePayloadWithTheirNumbersCommasQuotesAndMissingValues() {
        Map<String, String> first = new HashMap<>();
        first.put("name", "红星饭店, \"老店\"");
        first.put("address", "春晖路 5 号\n2 楼");
        first.put("unit", null);
        first.put("room", "");
        Map<String, String> second = Map.of("name", "钱文", "address", "春晖路 1 号");

        Map<Integer, Map<String, String>> back = ImportParts.read(ImportParts.write(List.of(first, second), 101));

        assertEquals(List.of(101, 102), List.copyOf(back.keySet()));
        assertEquals("红星饭店, \"老店\"", back.get(101).get("name"));
        assertEquals("春晖路 5 号\n2 楼", back.get(101).get("address"));
        assertNull(back.get(101).get("unit"), "a missing value stays missing");
        assertEquals("", back.get(101).get("room"));
        assertEquals("钱文", back.get(102).get("name"));
        assertNull(back.get(102).get("unit"), "a field only another row has is missing here");
    }
}
