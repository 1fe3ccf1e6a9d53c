package com.gasline.accounts.api.rest;

import java.math.BigDecimal;

/**
 * 销户: the final meter reading (m³, given to metering when it is enabled) and the reason; a credit left after
 * the final bill is refunded with its own receipt unless {@code keepCredit} is true.
 */
public record CloseRequest(BigDecimal finalReading, String reason, Long version, Boolean keepCredit) {
}
