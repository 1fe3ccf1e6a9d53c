package com.gasline.platform.api.tenant;

/** A suspended tenant keeps its data; its users are refused with 403. */
public enum TenantStatus {
    ACTIVE, SUSPENDED
}
