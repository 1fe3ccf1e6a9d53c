package com.gasline.cylinders.api.rest;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A cylinder with where it is and everything that happened to it. {@code location}: POINT, CUSTOMER or STATION. */
public record Cylinder(
        String serial, String spec,
        @Schema(allowableValues = { "COMPANY", "CUSTOMER" }) String owner,
        String ownerName, LocalDate manufacturedOn, LocalDate lastInspectedOn, LocalDate nextInspectionOn, LocalDate scrapOn,
        @Schema(allowableValues = { "FULL", "EMPTY", "WITH_CUSTOMER", "AWAITING_INSPECTION", "REJECTED", "SCRAPPED" }) String status,
        @Schema(description = "Where it is; locationName names the point, customer or station", allowableValues = { "POINT", "CUSTOMER",
                "STATION" })
        String location,
        String locationName, List<Movement> movements, long version) {
}
