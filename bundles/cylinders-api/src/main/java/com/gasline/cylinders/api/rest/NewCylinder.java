package com.gasline.cylinders.api.rest;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /cylinders}: registers a cylinder by its steel stamp at a point, FULL or EMPTY. {@code owner}:
 * COMPANY or CUSTOMER (then {@code ownerName}). Without {@code nextInspectionOn} it is due 4 years after
 * the last inspection (定期检验).
 */
public record NewCylinder(
        @Schema(description = "Steel stamp: letters, digits or -, at most 32", required = true, example = "HZ-YSP15-0456123") String serial,
        @Schema(description = "YSP-n, e.g. YSP-15 or YSP-50", required = true, example = "YSP-15") String spec,
        @Schema(description = "Defaults to COMPANY", allowableValues = { "COMPANY", "CUSTOMER" }, example = "CUSTOMER") String owner,
        @Schema(description = "Required when owner is CUSTOMER", example = "张三") String ownerName,
        @Schema(example = "2022-05-10") LocalDate manufacturedOn,
        @Schema(description = "Required unless nextInspectionOn is given", example = "2026-03-18") LocalDate lastInspectedOn,
        @Schema(description = "Defaults to 4 years after lastInspectedOn", example = "2030-03-18") LocalDate nextInspectionOn,
        @Schema(example = "2030-05-10") LocalDate scrapOn,
        @Schema(description = "Code of the exchange point it is registered at", required = true, example = "DC-01") String point,
        @Schema(description = "Defaults to FULL; WITH_CUSTOMER only for a customer's own cylinder", allowableValues = { "FULL", "EMPTY",
                "WITH_CUSTOMER" }, example = "EMPTY")
        String status) {
}
