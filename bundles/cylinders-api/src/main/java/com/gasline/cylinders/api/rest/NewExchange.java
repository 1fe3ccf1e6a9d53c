package com.gasline.cylinders.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /exchanges} (调换): the empty cylinder returned, the full one issued (or, without
 * {@code issuedSerial}, any full one of the spec the point has), the price in fen paid by CASH or
 * VOUCHER (液化气票, {@code vouchers} many).
 */
public record NewExchange(
        @Schema(required = true, example = "DC-01") String point,
        @Schema(description = "YSP-n, e.g. YSP-15 or YSP-50", required = true, example = "YSP-15") String spec,
        @Schema(example = "HZ-YSP15-0456123") String returnedSerial,
        @Schema(description = "Absent: any full cylinder of the spec the point has", example = "HZ-YSP15-0398877") String issuedSerial,
        @Schema(example = "张三") String customer,
        @Schema(example = "13800138000") String customerPhone,
        @Schema(description = "0 or more fen", required = true, example = "12000") Long priceFen,
        @Schema(description = "Defaults to CASH", allowableValues = { "CASH", "VOUCHER" }, example = "VOUCHER") String payment,
        @Schema(description = "Required (1 or more) when payment is VOUCHER", example = "1") Integer vouchers) {
}
