package com.gasline.group.api.rest;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Where one branch stands on one kind: the version it runs ({@code null} before it adopts one), the newest
 * issued to it, what changed between the two ({@code from} its version, {@code to} the newest) and its overrides
 * ({@code from} the template's item, {@code to} the branch's).
 */
public record BranchTemplate(String branch, String kind, Integer version, boolean followLatest, OffsetDateTime adoptedAt,
        Integer newest, List<ItemDiff> changes, List<ItemDiff> overrides) {
}
