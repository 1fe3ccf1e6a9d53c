package com.gasline.metering.api.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An accepted reading; {@code anomaly} HIGH (&gt; the branch's factor × average) or ZERO (active account) holds it
 * from billing until reviewed ({@code decision} APPROVED, CORRECTED or REREAD). A superseded reading is kept but
 * never billed; {@code correctsId} points at the reading a correction replaces; {@code estimatedVolume} is the
 * billed estimate an actual reading trues up.
 */
public record Reading(
        String id, String serial, String accountNo, BigDecimal value, LocalDate readOn,
        @Schema(allowableValues = { "READER", "SELF", "REMOTE", "ESTIMATE" }) String source,
        String reader, BigDecimal consumption, boolean rollover,
        @Schema(description = "用气异常: null when none", allowableValues = { "HIGH", "ZERO" }) String anomaly,
        boolean reviewed, String billId,
        @Schema(description = "Null until a held anomaly is reviewed", allowableValues = { "APPROVED", "CORRECTED", "REREAD" })
        String decision,
        String supersededBy, String correctsId, BigDecimal estimatedVolume, String note) {
}
