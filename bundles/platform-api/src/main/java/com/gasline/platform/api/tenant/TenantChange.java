package com.gasline.platform.api.tenant;

import io.swagger.v3.oas.annotations.media.Schema;

/** PATCH body: fields left null stay as they are; {@code zone} is an IANA zone such as {@code Asia/Urumqi}. */
public record TenantChange(
        @Schema(description = "Not blank when given", example = "XX燃气集团东城分公司") String name,
        @Schema(example = "华东") String region,
        @Schema(example = "ACTIVE") TenantStatus status,
        @Schema(description = "An IANA time zone", example = "Asia/Shanghai") String zone) {
}
