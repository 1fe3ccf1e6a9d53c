package com.gasline.metering.api.rest;

import java.time.LocalDate;

/**
 * An overdue account: what it owes, since when, the age bucket (≤30, 31–90, >90 days), when to dun next
 * (the next reading day) and the last 催缴 step taken.
 */
public record Arrears(String accountNo, String holderName, String address, long owedFen, int openBills,
        LocalDate oldestDueOn, int daysOverdue, String bucket, LocalDate dunOn, String lastDunningStep) {
}
