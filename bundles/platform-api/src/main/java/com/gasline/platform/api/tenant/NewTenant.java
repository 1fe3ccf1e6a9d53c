package com.gasline.platform.api.tenant;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code code} is {@code [a-z0-9-]{2,32}}, never reused. */
public record NewTenant(
        @Schema(description = "2 to 32 of a-z, 0-9 and -", required = true, example = "dongcheng") String code,
        @Schema(required = true, example = "XX燃气集团东城分公司") String name,
        @Schema(example = "华东") String region) {
}
