package com.gasline.group.api.rest;

import java.util.List;

/** Per kind: the latest published version and, for each branch offered the kind, where it stands. */
public record Drift(String kind, Integer latest, List<BranchTemplate> branches) {
}
