package com.gasline.platform.api.tenant;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** A user as shown to admins; the password hash never leaves the platform. A disabled user cannot log in. */
public record UserInfo(
        String username, String tenant, String displayName,
        @ArraySchema(schema = @Schema(allowableValues = { "BRANCH_ADMIN", "AGENT", "SHIFT_LEAD", "SUPERVISOR", "CLERK", "METER_READER",
                "CASHIER", "CYLINDER_CLERK", "TECHNICIAN", "DISPATCHER", "STATION_OPERATOR", "INSPECTOR", "GROUP_ADMIN", "GROUP_AUDITOR" }))
        List<String> roles,
        OffsetDateTime createdAt, boolean disabled) {
}
