package com.gasline.duties.api.rest;

import java.time.LocalDate;
import java.util.List;

/** 值班表 of one day; {@code holiday} names the holiday for a 节假日值班表. */
public record Roster(LocalDate dayOn, String holiday, List<Assignment> assignments) {
}
