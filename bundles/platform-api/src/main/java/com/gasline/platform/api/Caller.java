package com.gasline.platform.api;

import java.util.Set;

/**
 * Who makes the current request, taken from a verified token.
 *
 * @param tenant   tenant code, or {@code null} for group admins
 * @param username login name
 * @param roles    role names from {@link Roles}
 */
public record Caller(String tenant, String username, Set<String> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Set<String> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    public boolean isGroupAdmin() {
        return tenant == null && roles.contains(Roles.GROUP_ADMIN);
    }
}
