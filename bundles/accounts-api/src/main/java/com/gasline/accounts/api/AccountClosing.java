package com.gasline.accounts.api;

import java.math.BigDecimal;

/**
 * Whiteboard hook run inside the close (销户) request, before the account is closed. Metering
 * registers one to take the final reading and issue the final bill; it vetoes the close by
 * throwing a {@code ProblemException} (e.g. 422 when no final reading was given).
 */
public interface AccountClosing {

    /**
     * @param actor who closes the account
     * @param finalReading the final meter reading given with the close request, in m³, or null
     * @param keepCredit true when the customer asks to keep a credit balance rather than have it refunded
     */
    void beforeClose(String tenant, String accountNo, String actor, BigDecimal finalReading, boolean keepCredit);
}
