package com.gasline.platform.api.tenant;

import io.swagger.v3.oas.annotations.media.Schema;

/** A password an admin sets for a user who forgot theirs. */
public record NewPassword(
        @Schema(description = "10 to 200 characters", required = true, example = "Qx7!m2Lp9#Rt") String password) {
}
