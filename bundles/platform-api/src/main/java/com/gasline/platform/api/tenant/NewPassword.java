package com.gasline.platform.api.tenant;

/** A password an admin sets for a user who forgot theirs. */
public record NewPassword(String password) {
}
