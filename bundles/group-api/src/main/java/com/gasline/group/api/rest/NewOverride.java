package com.gasline.group.api.rest;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.media.Schema;

/** The branch's own value for one overridable item, in the item's shape; JSON null returns to the template's. */
public record NewOverride(@Schema(implementation = Object.class, required = true,
        description = "The item as the template holds it: an SLA clock, a position; a number for outageNoticeHours",
        example = "{\"type\": \"EMERGENCY\", \"clock\": \"ARRIVAL\", \"amount\": 2, \"unit\": \"HOURS\"}")
        JsonNode value) {
}
