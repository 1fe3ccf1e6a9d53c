package com.gasline.duties.api.rest;

import java.time.LocalDate;

/** One round of a check: the slot (HH:mm) it was due, done or missed, by whom. */
public record CheckRecord(LocalDate dayOn, String slot, Boolean done, String note, String by) {
}
