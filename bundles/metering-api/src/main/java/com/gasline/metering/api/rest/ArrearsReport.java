package com.gasline.metering.api.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Overdue accounts on {@code asOf}, with totals per age bucket. */
public record ArrearsReport(LocalDate asOf, Map<String, Long> owedFenByBucket, Map<String, Integer> accountsByBucket,
        List<Arrears> accounts) {
}
