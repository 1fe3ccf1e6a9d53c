package com.gasline.group.internal.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.gasline.group.api.rest.ItemDiff;

/** Comparing templates item by item: what changed between two versions, where a branch differs from its version. */
public final class Items {

    private Items() {
    }

    /** Items added, removed or changed from {@code from} to {@code to}, in the order they first appear; a missing side is null. */
    public static List<ItemDiff> diff(Map<String, JsonNode> from, Map<String, JsonNode> to) {
        Set<String> keys = new LinkedHashSet<>(from.keySet());
        keys.addAll(to.keySet());
        List<ItemDiff> changes = new ArrayList<>();
        for (String key : keys) {
            JsonNode a = from.get(key);
            JsonNode b = to.get(key);
            if (!Objects.equals(a, b)) {
                changes.add(new ItemDiff(key, a, b));
            }
        }
        return changes;
    }

    /** The overrides that still hold under a version: items it still has and still marks overridable. */
    public static Map<String, JsonNode> holding(Map<String, JsonNode> overrides, Map<String, JsonNode> items, List<String> overridable) {
        Map<String, JsonNode> kept = new LinkedHashMap<>();
        overrides.forEach((item, value) -> {
            if (items.containsKey(item) && overridable.contains(item)) {
                kept.put(item, value);
            }
        });
        return kept;
    }

    /** Each override beside the template's item, for the drift view. */
    public static List<ItemDiff> overrides(Map<String, JsonNode> overrides, Map<String, JsonNode> items) {
        List<ItemDiff> out = new ArrayList<>();
        overrides.forEach((item, value) -> out.add(new ItemDiff(item, items.get(item), value)));
        return out;
    }
}
