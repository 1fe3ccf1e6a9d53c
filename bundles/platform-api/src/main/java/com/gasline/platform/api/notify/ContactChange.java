package com.gasline.platform.api.notify;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code PUT …/customer-notices/contacts/{customerId}}: replaces the customer's preferences with a new version. */
public record ContactChange(
        @ArraySchema(arraySchema = @Schema(description = "Channel ids, most preferred first", required = true,
                example = "[\"email\", \"sms\"]"))
        List<String> channels,
        @Schema(description = "Address per channel id", required = true, example = "{\"email\": \"wang@example.com\"}")
        Map<String, String> addresses,
        @ArraySchema(arraySchema = @Schema(description = "Notice kinds the customer does not want",
                example = "[\"PRICE_CHANGE\"]"))
        List<String> optOuts) {
}
