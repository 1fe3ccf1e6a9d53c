package com.gasline.cylinders.api.rest;

import java.time.LocalDate;
import java.util.List;

/**
 * A month-end stock count (盘点): what was counted by spec and status against the book; the differences
 * are kept. In a request only {@code countedOn} and each line's spec, status and counted are read.
 */
public record StockCount(String point, LocalDate countedOn, List<Line> lines, String countedBy) {

    public record Line(String spec, String status, Integer counted, int book, int difference) {
    }
}
