package com.gasline.platform.api.tenant;

import java.util.List;

/**
 * A catalog entry; {@code active} is false while the module's bundle is stopped or could not start, and
 * {@code problem} says why when its schema migration failed on this node (null otherwise).
 */
public record ModuleInfo(String id, String name, String version, List<String> requires, boolean active, String problem) {
}
