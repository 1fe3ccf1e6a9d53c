package com.gasline.cylinders.api.rest;

import java.time.LocalDate;

/** Receipt of a cylinder back from the inspection station: passed (to {@code point}, EMPTY, new dates) or failed (scrapped). */
public record Inspected(Boolean passed, LocalDate inspectedOn, LocalDate nextInspectionOn, String point, String note) {
}
