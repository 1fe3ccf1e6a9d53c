package com.gasline.metering.api.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** 账单 for one account and period, in fen; {@code estimated} when it bills an estimated reading (估抄). */
public record Bill(
        String id, String accountNo, String period, LocalDate from, LocalDate to, BigDecimal volume, long amountFen, long paidFen,
        @Schema(allowableValues = { "OPEN", "PAID", "REVERSED" }) String status,
        LocalDate dueOn, List<BillLine> lines, boolean estimated) {
}
