package com.gasline.duties.api.rest;

import java.time.LocalDate;
import java.util.List;

/** A staff member: a platform user of the branch ({@code username}) holding a position, with training records. */
public record Staff(String username, String name, String position, String phone, LocalDate hiredOn, List<Training> training) {
}
