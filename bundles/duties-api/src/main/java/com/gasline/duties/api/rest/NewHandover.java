package com.gasline.duties.api.rest;

import java.time.LocalDate;

/** 交接班 recorded by the outgoing shift; open tickets and cylinder stock ({@code point}) are taken from those modules when enabled. */
public record NewHandover(String shift, LocalDate dayOn, String incoming, Long cashFen, Integer vouchers, String point, String tools,
        String incidents, String notes) {
}
