package com.gasline.accounts.api.rest;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * 销户: the final meter reading (m³, given to metering when it is enabled) and the reason; a credit left after
 * the final bill is refunded with its own receipt unless {@code keepCredit} is true.
 */
public record CloseRequest(
        @Schema(description = "m³, up to 3 decimals; needed when a meter is in service (422 otherwise)", example = "1523.417")
        BigDecimal finalReading,
        @Schema(required = true, example = "房屋拆迁，用户申请销户") String reason,
        @Schema(description = "Optimistic lock: the version last read (409 when stale; absent skips the check)", example = "3")
        Long version,
        @Schema(description = "Keep the credit left after the final bill instead of refunding it", example = "false") Boolean keepCredit) {
}
