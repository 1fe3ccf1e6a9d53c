package com.gasline.inspections.api.rest;

import java.util.Map;

import com.gasline.accounts.api.CustomerCategory;

import io.swagger.v3.oas.annotations.media.Schema;

/** A branch's inspection rules: months between inspections per customer class, notice hours, visits before UNREACHABLE. */
public record InspectionRules(
        @Schema(description = "Months between inspections per class; a class not listed is not planned",
                required = true, example = "{\"RESIDENTIAL\":6,\"COMMERCIAL\":12}") Map<CustomerCategory, Integer> intervalMonths,
        @Schema(description = "Hours of notice before a visit, 24–720", required = true, example = "72") Integer noticeHours,
        @Schema(description = "No-access visits before the inspection is UNREACHABLE, 1–5", required = true, example = "3")
        Integer noAccessAttempts) {
}
