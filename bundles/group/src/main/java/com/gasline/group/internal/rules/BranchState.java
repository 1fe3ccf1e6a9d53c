package com.gasline.group.internal.rules;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where a branch stands on one kind, replayed from its recorded steps (oldest first): the last adoption sets the
 * version and whether it follows the latest; each override sets an item, a JSON null one returns the item to the
 * template. Overrides outlive adoptions, so a branch keeps its local values when it moves to the next version.
 *
 * @param version {@code null} until the branch adopts a version
 */
public record BranchState(Integer version, boolean followLatest, OffsetDateTime adoptedAt, Map<String, JsonNode> overrides) {

    public static final String ADOPTED = "ADOPTED";
    public static final String OVERRIDDEN = "OVERRIDDEN";

    /** One recorded step; {@code item} and {@code value} only for overrides. */
    public record Step(String action, int version, boolean followLatest, String item, JsonNode value, OffsetDateTime at) {
    }

    public static BranchState replay(List<Step> steps) {
        Integer version = null;
        boolean follow = false;
        OffsetDateTime adoptedAt = null;
        Map<String, JsonNode> overrides = new LinkedHashMap<>();
        for (Step s : steps) {
            if (ADOPTED.equals(s.action())) {
                version = s.version();
                follow = s.followLatest();
                adoptedAt = s.at();
            } else if (s.value() == null || s.value().isNull()) {
                overrides.remove(s.item());
            } else {
                overrides.put(s.item(), s.value());
            }
        }
        return new BranchState(version, follow, adoptedAt, Collections.unmodifiableMap(overrides));
    }

    /** The overrides with {@code item} set to {@code value} (or removed for a JSON null), for checking before it is recorded. */
    public Map<String, JsonNode> with(String item, JsonNode value) {
        Map<String, JsonNode> next = new LinkedHashMap<>(overrides);
        if (value == null || value.isNull()) {
            next.remove(item);
        } else {
            next.put(item, value);
        }
        return next;
    }
}
