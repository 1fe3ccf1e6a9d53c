package com.gasline.duties.api.rest;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** 岗位 with its duty list (职责条目) and work standards (工作标准); {@code version} for edits. */
public record Position(
        @Schema(description = "Required to create (PUT takes it from the path); lower-case letters, digits or -", example = "agent")
        String code,
        @Schema(required = true, example = "坐席员") String name,
        @Schema(example = "客服中心") String department,
        @Schema(example = "值长") String reportsTo,
        @Schema(example = "受理用户来电、来访，登记并派发工单，做好回访。") String summary,
        @ArraySchema(arraySchema = @Schema(description = "At least one", required = true,
                example = "[\"受理用户来电，做好来电登记\", \"按规定派发工单并跟踪办理\"]"))
        List<String> duties,
        @ArraySchema(arraySchema = @Schema(example = "[\"来电 3 声内接听\", \"工单登记准确完整\"]")) List<String> standards,
        @Schema(description = "0 or more", example = "6") Integer headcount,
        @Schema(description = "Optimistic lock: the version last read (409 when stale; absent skips the check)", example = "3")
        Long version) {
}
