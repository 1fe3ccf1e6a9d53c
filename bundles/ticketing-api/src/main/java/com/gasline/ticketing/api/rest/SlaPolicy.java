package com.gasline.ticketing.api.rest;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** The branch's SLA clocks and the minimum notice for planned outages. */
public record SlaPolicy(
        @ArraySchema(arraySchema = @Schema(description = "1 to 60 rules", required = true,
                example = "[{\"type\": \"EMERGENCY\", \"clock\": \"ARRIVAL\", \"amount\": 1, \"unit\": \"HOURS\"}, "
                        + "{\"type\": \"COMPLAINT\", \"variant\": \"MAJOR\", \"clock\": \"REPLY\", \"amount\": 2, \"unit\": \"DAYS\"}]"))
        List<SlaRule> rules,
        @Schema(description = "1 to 720", example = "48") Integer outageNoticeHours,
        @Schema(description = "Optimistic lock: the version last read (409 when stale; absent skips the check)", example = "3")
        Long version) {
}
