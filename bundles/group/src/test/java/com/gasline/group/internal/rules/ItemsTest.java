package com.gasline.group.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.gasline.group.api.rest.ItemDiff;

class ItemsTest {

    private static Map<String, JsonNode> items(Object... keyValues) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], IntNode.valueOf((Integer) keyValues[i + 1]));
        }
        return m;
    }

    @Test
    void diffNamesChangedAddedAndRemovedItemsInOrder() {
        List<ItemDiff> d = Items.diff(items("a", 1, "b", 2, "c", 3), items("a", 1, "b", 5, "d", 4));
        assertEquals(List.of(new ItemDiff("b", IntNode.valueOf(2), IntNode.valueOf(5)), new ItemDiff("c", IntNode.valueOf(3), null),
                new ItemDiff("d", null, IntNode.valueOf(4))), d);
        assertEquals(List.of(), Items.diff(items("a", 1), items("a", 1)));
    }

    @Test
    void onlyOverridesOfItemsStillOverridableHold() {
        Map<String, JsonNode> overrides = items("a", 9, "b", 9, "gone", 9);
        assertEquals(items("a", 9), Items.holding(overrides, items("a", 1, "b", 2), List.of("a", "gone")));
    }

    @Test
    void overridesStandBesideTheTemplatesItem() {
        assertEquals(List.of(new ItemDiff("a", IntNode.valueOf(1), IntNode.valueOf(9))), Items.overrides(items("a", 9), items("a", 1, "b", 2)));
    }
}
