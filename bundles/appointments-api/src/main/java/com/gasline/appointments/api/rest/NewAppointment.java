package com.gasline.appointments.api.rest;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code POST /appointments}: a visit booked into a window of a day, with whom and where. */
public record NewAppointment(
        @Schema(required = true, example = "REPAIR") VisitKind kind,
        @Schema(description = "Today up to bookingDaysAhead", required = true, example = "2026-12-03") LocalDate day,
        @Schema(description = "A window code of the branch", required = true, example = "PM") String window,
        @Schema(required = true, example = "张三") String customerName,
        @Schema(required = true, example = "13800138000") String phone,
        @Schema(required = true, example = "东城区幸福小区3栋2单元502") String address,
        @Schema(example = "0100023456") String accountNo,
        @Schema(description = "The customer's id in accounts, whose contact preferences the confirmation follows", example = "C000123")
        String customerId,
        @Schema(description = "The ticket the visit serves", example = "GD202612010001") String ticketNo,
        @Schema(example = "热水器打不着火") String note) {
}
