package com.gasline.platform.api.tenant;

import java.time.OffsetDateTime;
import java.util.List;

/** A branch company (分公司). */
public record Tenant(String code, String name, String region, TenantStatus status, List<String> modules,
        OffsetDateTime createdAt) {
}
