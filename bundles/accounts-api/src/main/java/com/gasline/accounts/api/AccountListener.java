package com.gasline.accounts.api;

/**
 * Whiteboard: modules register this service to hear about account changes after they are
 * committed (e.g. metering stops reading orders for a suspended account).
 */
public interface AccountListener {

    void accountChanged(AccountChange change);
}
