package com.gasline.platform.api.tenant;

import java.time.OffsetDateTime;
import java.util.List;

/** A user as shown to admins; the password hash never leaves the platform. A disabled user cannot log in. */
public record UserInfo(String username, String tenant, String displayName, List<String> roles, OffsetDateTime createdAt,
        boolean disabled) {
}
