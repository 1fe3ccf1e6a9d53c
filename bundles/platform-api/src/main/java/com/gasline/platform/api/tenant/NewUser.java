package com.gasline.platform.api.tenant;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

public record NewUser(
        @Schema(description = "2 to 64 of letters, digits and ._-", required = true, example = "zhang.san") String username,
        @Schema(description = "At least 10 characters", required = true, example = "Qx7!m2Lp9#Rt") String password,
        @Schema(example = "张三") String displayName,
        @ArraySchema(schema = @Schema(allowableValues = { "BRANCH_ADMIN", "AGENT", "SHIFT_LEAD", "SUPERVISOR", "CLERK", "METER_READER",
                "CASHIER", "CYLINDER_CLERK", "TECHNICIAN", "DISPATCHER", "STATION_OPERATOR", "INSPECTOR" }, example = "AGENT"),
                arraySchema = @Schema(description = "At least one branch role", required = true, example = "[\"AGENT\"]"))
        List<String> roles) {
}
