package com.gasline.platform.api.notify;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How a customer wants to be told: channels in order of preference, an address per channel, and the kinds they do
 * not want (never emergencies). Each change is kept as a new version; the latest applies.
 */
public record ContactPreferences(
        @Schema(example = "c-1001") String customerId,
        @ArraySchema(arraySchema = @Schema(description = "Channel ids, most preferred first", example = "[\"wechat\", \"email\", \"sms\"]"))
        List<String> channels,
        @Schema(description = "Address per channel id", example = "{\"email\": \"wang@example.com\", \"sms\": \"13800001234\"}")
        Map<String, String> addresses,
        @ArraySchema(arraySchema = @Schema(description = "Notice kinds the customer does not want; emergencies are sent anyway",
                example = "[\"PRICE_CHANGE\"]"))
        List<String> optOuts,
        int version,
        OffsetDateTime updatedAt,
        String updatedBy) {
}
