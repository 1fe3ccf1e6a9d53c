package com.gasline.metering.api.rest;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The decision on a held 用气异常: APPROVE (bill it as read), CORRECT (a new reading of {@code value}
 * replaces it; {@code rollover} when the register wrapped) or REREAD (it is set aside until the meter is read again).
 */
public record Review(
        @Schema(required = true, allowableValues = { "APPROVE", "CORRECT", "REREAD" }, example = "CORRECT") String decision,
        @Schema(description = "CORRECT only, and required then: m³, 0 or more, up to 3 decimals", example = "1288.502") BigDecimal value,
        @Schema(example = "复抄确认读数") String note,
        @Schema(description = "CORRECT: the register wrapped", example = "false") Boolean rollover) {
}
