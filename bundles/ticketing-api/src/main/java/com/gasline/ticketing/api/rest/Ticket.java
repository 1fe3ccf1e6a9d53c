package com.gasline.ticketing.api.rest;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

public record Ticket(
        String ticketNo,
        @Schema(allowableValues = { "CONSULTATION", "REPAIR", "COMPLAINT", "EMERGENCY", "SUGGESTION", "HELP", "APPOINTMENT" }) String type,
        @Schema(description = "Null unless COMPLAINT", allowableValues = { "MINOR", "IMPORTANT", "MAJOR" }) String grade,
        @Schema(description = "Null unless APPOINTMENT", allowableValues = { "TURN_ON", "RELOCATION", "MODIFICATION", "INSPECTION",
                "INSTALLATION" })
        String service,
        @Schema(allowableValues = { "HOTLINE", "COUNTER", "ONLINE", "WECHAT", "WALK_IN", "PATROL" }) String channel,
        @Schema(allowableValues = { "RECEIVED", "DISPATCHED", "IN_PROGRESS", "RESOLVED", "CALLED_BACK", "CLOSED" }) String status,
        @Schema(allowableValues = { "NORMAL", "URGENT" }) String priority,
        String callerName, String callerPhone, String accountNo, String address, String description, String agent, String department,
        String assignee, Integer satisfaction, String callbackComment, int reopened, OffsetDateTime receivedAt, OffsetDateTime resolvedAt,
        OffsetDateTime closedAt, List<Clock> clocks, long version) {
}
