package com.gasline.platform.internal.security;

/** Whether a token's user may still act: not disabled, and the token issued under the user's current token version. */
public interface ActiveUsers {

    boolean admits(String tenant, String username, long tokenVersion);
}
