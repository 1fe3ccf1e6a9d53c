package com.gasline.platform.api.tenant;

/** PATCH body: fields left null stay as they are; {@code zone} is an IANA zone such as {@code Asia/Urumqi}. */
public record TenantChange(String name, String region, TenantStatus status, String zone) {
}
