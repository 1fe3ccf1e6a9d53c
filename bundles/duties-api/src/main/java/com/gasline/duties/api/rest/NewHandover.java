package com.gasline.duties.api.rest;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** 交接班 recorded by the outgoing shift; open tickets and cylinder stock ({@code point}) are taken from those modules when enabled. */
public record NewHandover(
        @Schema(description = "Shift code", required = true, example = "night") String shift,
        @Schema(description = "Defaults to today", example = "2026-11-20") LocalDate dayOn,
        @Schema(description = "Username of the incoming person, not oneself", required = true, example = "li.si") String incoming,
        @Schema(description = "0 or more fen", example = "36000") Long cashFen,
        @Schema(description = "0 or more", example = "3") Integer vouchers,
        @Schema(description = "Exchange point whose stock is handed over", example = "DC-01") String point,
        @Schema(example = "对讲机 2 台、检漏仪 1 台") String tools,
        @Schema(example = "22:40 建设路 12 号报漏气，抢修队已处理") String incidents,
        @Schema(example = "工单 GD202611200012 待回访") String notes) {
}
