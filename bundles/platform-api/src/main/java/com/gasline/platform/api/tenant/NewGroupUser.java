package com.gasline.platform.api.tenant;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** {@code POST /admin/group-users}: a user of the group itself — another group admin, or an auditor of roll-ups and drift. */
public record NewGroupUser(
        @Schema(description = "2 to 64 of letters, digits and ._-", required = true, example = "audit.li") String username,
        @Schema(description = "At least 10 characters", required = true, example = "Qx7!m2Lp9#Rt") String password,
        @Schema(example = "李审计") String displayName,
        @ArraySchema(schema = @Schema(allowableValues = { "GROUP_ADMIN", "GROUP_AUDITOR" }, example = "GROUP_AUDITOR"),
                arraySchema = @Schema(description = "At least one group role", required = true, example = "[\"GROUP_AUDITOR\"]"))
        List<String> roles) {

    /** As the registry takes any new user. */
    public NewUser asUser() {
        return new NewUser(username, password, displayName, roles);
    }
}
