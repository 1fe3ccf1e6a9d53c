package com.gasline.platform.api.tenant;

import java.time.OffsetDateTime;
import java.util.List;

/** A branch company (分公司); {@code zone} is where its days and deadlines are counted. */
public record Tenant(String code, String name, String region, TenantStatus status, String zone, List<String> modules,
        OffsetDateTime createdAt) {
}
