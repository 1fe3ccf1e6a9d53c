package com.gasline.platform.api.notify;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A notice as rendered and recorded, with every delivery attempt, oldest first. */
public record CustomerNotice(
        @Schema(example = "5b0c2f9e-0d7c-4a57-9a0e-2f6c1f7d8e11") String id,
        @Schema(allowableValues = { "OUTAGE", "PRICE_CHANGE", "DUNNING", "LOW_BALANCE", "APPOINTMENT", "APPOINTMENT_REMINDER",
                "INSPECTION", "HAZARD_REMINDER" }) String kind,
        @Schema(example = "outage:5b0c2f9e-0d7c-4a57-9a0e-2f6c1f7d8e11") String subject,
        String customerId,
        String accountNo,
        String customerName,
        boolean emergency,
        @Schema(example = "停气通知") String title,
        String body,
        OffsetDateTime createdAt,
        List<NoticeDelivery> deliveries) {
}
