package com.gasline.platform.api.tenant;

import java.time.OffsetDateTime;
import java.util.List;

/** A user as shown to admins; the password hash never leaves the platform. */
public record UserInfo(String username, String tenant, String displayName, List<String> roles, OffsetDateTime createdAt) {
}
