package com.gasline.cylinders.api.rest;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

public record Movement(
        OffsetDateTime at, String actor,
        @Schema(allowableValues = { "REGISTER", "EXCHANGE_IN", "EXCHANGE_OUT", "DELIVER", "DISPATCH", "REJECT", "SEND_INSPECTION",
                "INSPECTED" })
        String action,
        @Schema(description = "Null on REGISTER", allowableValues = { "FULL", "EMPTY", "WITH_CUSTOMER", "AWAITING_INSPECTION", "REJECTED",
                "SCRAPPED" })
        String fromStatus,
        @Schema(allowableValues = { "FULL", "EMPTY", "WITH_CUSTOMER", "AWAITING_INSPECTION", "REJECTED", "SCRAPPED" }) String toStatus,
        String fromLocation, String toLocation, String note) {
}
