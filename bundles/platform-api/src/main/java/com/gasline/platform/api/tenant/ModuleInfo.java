package com.gasline.platform.api.tenant;

import java.util.List;

/** A catalog entry; {@code active} is false while the module's bundle is stopped. */
public record ModuleInfo(String id, String name, String version, List<String> requires, boolean active) {
}
