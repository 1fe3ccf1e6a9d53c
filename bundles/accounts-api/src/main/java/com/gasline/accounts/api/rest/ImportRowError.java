package com.gasline.accounts.api.rest;

/** Why one CSV row was not imported; {@code row} counts data rows from 1 (the header is row 0). */
public record ImportRowError(int row, String field, String message) {
}
