package com.gasline.metering.api.rest;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An overdue account: what it owes, since when, the age bucket (≤30, 31–90, >90 days), when to dun next
 * (the next reading day) and the last 催缴 step taken.
 */
public record Arrears(
        String accountNo, String holderName, String address, long owedFen, int openBills, LocalDate oldestDueOn, int daysOverdue,
        @Schema(description = "Days overdue", allowableValues = { "0-30", "31-90", "90+" }) String bucket,
        LocalDate dunOn,
        @Schema(description = "Null before the first step", allowableValues = { "REMINDER", "DEMAND_LETTER", "HOME_VISIT", "LEGAL" })
        String lastDunningStep) {
}
