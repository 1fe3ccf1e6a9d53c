package com.gasline.metering.api.rest;

import java.time.OffsetDateTime;

/** One recorded 催缴 step ({@code id} given by the server): REMINDER, DEMAND_LETTER, HOME_VISIT or LEGAL, what was owed then, by whom. */
public record DunningStep(String id, String step, String note, long owedFen, int daysOverdue, String by, OffsetDateTime at) {
}
