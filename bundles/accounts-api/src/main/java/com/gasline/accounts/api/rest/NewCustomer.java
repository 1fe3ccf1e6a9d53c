package com.gasline.accounts.api.rest;

import java.util.List;

import com.gasline.accounts.api.CustomerCategory;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** {@code POST /customers}. {@code idType} e.g. 身份证, 营业执照; {@code householdSize} (人口数) for residential tiers. */
public record NewCustomer(
        @Schema(required = true, example = "PERSON") CustomerKind kind,
        @Schema(required = true, example = "张三") String name,
        @Schema(description = "Required with idNumber, e.g. 身份证, 营业执照", example = "身份证") String idType,
        @Schema(description = "6–40 letters, digits or -", example = "110101199003071234") String idNumber,
        @ArraySchema(arraySchema = @Schema(description = "At most 5; the first is the primary one",
                example = "[\"13800138000\", \"010-63451234\"]"))
        List<String> phones,
        @Schema(required = true, example = "RESIDENTIAL") CustomerCategory category,
        @Schema(description = "1–99; raises the residential tier thresholds", example = "3") Integer householdSize) {
}
