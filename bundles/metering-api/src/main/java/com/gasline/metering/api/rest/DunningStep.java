package com.gasline.metering.api.rest;

import java.time.OffsetDateTime;

/** One recorded 催缴 step: REMINDER, DEMAND_LETTER, HOME_VISIT or LEGAL, what was owed then, by whom. */
public record DunningStep(String step, String note, long owedFen, int daysOverdue, String by, OffsetDateTime at) {
}
