package com.gasline.cylinders.api.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A recorded exchange. {@code returnedDue}: the returned cylinder was due for inspection, so it went to
 * inspection and the customer was advised.
 */
public record Exchange(
        String id, String point, LocalDate exchangedOn, OffsetDateTime at, String clerk, String customer, String spec,
        String returnedSerial, String issuedSerial, long priceFen,
        @Schema(allowableValues = { "CASH", "VOUCHER" }) String payment,
        int vouchers, boolean returnedDue, String advice) {
}
