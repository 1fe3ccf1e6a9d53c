package com.gasline.metering.api.rest;

import java.math.BigDecimal;

/**
 * The decision on a held 用气异常: APPROVE (bill it as read), CORRECT (a new reading of {@code value}
 * replaces it; {@code rollover} when the register wrapped) or REREAD (it is set aside until the meter is read again).
 */
public record Review(String decision, BigDecimal value, String note, Boolean rollover) {
}
