package com.gasline.ticketing.api.rest;

import java.time.OffsetDateTime;
import java.util.List;

public record Ticket(String ticketNo, String type, String grade, String service, String channel, String status, String priority,
        String callerName, String callerPhone, String accountNo, String address, String description, String agent,
        String department, String assignee, Integer satisfaction, String callbackComment, int reopened,
        OffsetDateTime receivedAt, OffsetDateTime resolvedAt, OffsetDateTime closedAt, List<Clock> clocks, long version) {
}
