package com.gasline.duties.api.rest;

import java.time.LocalDate;

/** An hour in which fewer of a position are rostered than the seat rule asks. */
public record Gap(LocalDate dayOn, int hour, String position, int required, int rostered) {
}
