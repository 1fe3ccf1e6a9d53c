package com.gasline.platform.api.tenant;

/** {@code code} is {@code [a-z0-9-]{2,32}}, never reused. */
public record NewTenant(String code, String name, String region) {
}
