package com.gasline.group.api.rest;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** A draft template version: the kind's content and the keys of the items branches may override. */
public record NewTemplate(
        @Schema(implementation = Object.class, required = true, description = "The kind's setting, as its module's own API takes it",
                example = "{\"rules\": [{\"type\": \"EMERGENCY\", \"clock\": \"ARRIVAL\", \"amount\": 1, \"unit\": \"HOURS\"}], "
                        + "\"outageNoticeHours\": 48}")
        JsonNode content,
        @ArraySchema(arraySchema = @Schema(description = "Item keys a branch may override; the others are fixed",
                example = "[\"outageNoticeHours\"]"))
        List<String> overridable,
        @Schema(description = "At most 500 characters", example = "2027 版集团客服标准") String note) {
}
