package com.gasline.ticketing.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** 派单 to a department and/or a technician (username); a second dispatch is a reassignment (supervisors). */
public record Dispatch(
        @Schema(description = "A department or a technician (or both) is required", example = "维修班") String department,
        @Schema(description = "Username of a user of the branch", example = "wang.wu") String technician,
        @Schema(example = "请今日 12:00 前上门") String note,
        @Schema(description = "Optimistic lock: the version last read (409 when stale; absent skips the check)", example = "3")
        Long version) {
}
