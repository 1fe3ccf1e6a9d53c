package com.gasline.accounts.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** 更名: same customer, the name on the account changes (e.g. a company renamed). */
public record RenameRequest(
        @Schema(required = true, example = "XX市幸福餐饮管理有限公司") String newName,
        @Schema(example = "营业执照名称变更") String reason,
        @Schema(description = "Optimistic lock: the version last read (409 when stale; absent skips the check)", example = "3")
        Long version) {
}
