package com.gasline.platform.api.tenant;

/** PATCH body: fields left null stay as they are. */
public record TenantChange(String name, String region, TenantStatus status) {
}
