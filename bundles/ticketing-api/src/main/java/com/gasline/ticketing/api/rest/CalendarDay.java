package com.gasline.ticketing.api.rest;

import java.time.LocalDate;

/** A day that differs from the Monday–Friday week: HOLIDAY (法定节假日) or WORKDAY (调休 make-up working day). */
public record CalendarDay(LocalDate dayOn, String kind, String name) {
}
