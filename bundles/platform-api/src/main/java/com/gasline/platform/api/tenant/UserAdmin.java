package com.gasline.platform.api.tenant;

/**
 * What admins do to existing branch users (the group admin for any branch, a branch admin for its own). Every
 * change that takes access away ends the user's tokens at once, on every node.
 */
public interface UserAdmin {

    /** 404 when the tenant or the user does not exist. */
    UserInfo user(String tenant, String username);

    /** The user can no longer log in and their tokens stop working; 422 for the caller's own account. */
    UserInfo disable(String tenant, String username);

    /** The user can log in again; tokens from before the disable stay dead. */
    UserInfo enable(String tenant, String username);

    /** Sets a new password (at least 10 characters); the user's tokens stop working. */
    void resetPassword(String tenant, String username, NewPassword password);
}
