package com.gasline.ticketing.api;

import java.time.YearMonth;
import java.util.List;

/** Read access to tickets for other modules (duties: handover and assessment). */
public interface TicketQueries {

    /** Tickets not yet closed, oldest first. */
    List<OpenTicket> openTickets(String tenant);

    /** Per handler for the month: tickets resolved, resolved on time, callbacks and mean satisfaction. */
    List<HandlerStats> handlerStats(String tenant, YearMonth month);

    record OpenTicket(String ticketNo, String type, String status, String assignee, String address) {
    }

    record HandlerStats(String username, int resolved, int resolvedOnTime, int callbacks, Double meanSatisfaction) {
    }
}
