package com.gasline.cylinders.api.rest;

/**
 * {@code POST /exchanges} (调换): the empty cylinder returned, the full one issued (or, without
 * {@code issuedSerial}, any full one of the spec the point has), the price in fen paid by CASH or
 * VOUCHER (液化气票, {@code vouchers} many).
 */
public record NewExchange(String point, String spec, String returnedSerial, String issuedSerial, String customer, String customerPhone,
        Long priceFen, String payment, Integer vouchers) {
}
