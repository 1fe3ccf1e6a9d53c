package com.gasline.client;

import com.gasline.ticketing.api.rest.Callback;
import com.gasline.ticketing.api.rest.Dispatch;
import com.gasline.ticketing.api.rest.Kpis;
import com.gasline.ticketing.api.rest.NewOutageNotice;
import com.gasline.ticketing.api.rest.NewTicket;
import com.gasline.ticketing.api.rest.OutageNotice;
import com.gasline.ticketing.api.rest.SlaPolicy;
import com.gasline.ticketing.api.rest.Step;
import com.gasline.ticketing.api.rest.Ticket;
import com.gasline.ticketing.api.rest.TicketEvent;

/**
 * 客服工单 of one branch. A ticket goes received 受理 → {@link #dispatch} 派单 → {@link #start} in progress →
 * {@link #resolve} 办结 → {@link #callback} 回访 → {@link #close} (supervisors); {@link #reopen} when the customer is
 * not satisfied. Each step takes the {@code version} seen (null skips the check) and answers 409 when it does not fit
 * the ticket's state.
 */
public final class TicketingClient {

    private final Transport http;
    private final String base;

    TicketingClient(Transport http, String base) {
        this.http = http;
        this.base = base;
    }

    /** 受理: the ticket with its number and SLA clocks. */
    public Ticket open(NewTicket ticket) {
        return http.send("POST", base + "/tickets", ticket, Ticket.class);
    }

    public Ticket ticket(String ticketNo) {
        return http.get(ticketPath(ticketNo), Ticket.class);
    }

    /** Tickets by status and type (either may be null); {@code overdue} true for those past an SLA clock. */
    public Page<Ticket> tickets(String status, String type, Boolean overdue, int page, int size) {
        return http.page(base + "/tickets", Query.of("status", status, "type", type, "overdue", overdue).paged(page, size),
                Ticket.class);
    }

    /** Every step of the ticket, with time and actor. */
    public Page<TicketEvent> events(String ticketNo, int page, int size) {
        return http.page(ticketPath(ticketNo) + "/events", Query.page(page, size), TicketEvent.class);
    }

    /** 派单 to a department and/or technician; a second dispatch reassigns (supervisors). */
    public Ticket dispatch(String ticketNo, Dispatch dispatch) {
        return act(ticketNo, "dispatch", dispatch);
    }

    /** The assigned technician arrives and starts work. */
    public Ticket start(String ticketNo, Step step) {
        return act(ticketNo, "start", step);
    }

    /** An answer to the caller (consultations, complaints). */
    public Ticket reply(String ticketNo, Step step) {
        return act(ticketNo, "reply", step);
    }

    /** 办结. */
    public Ticket resolve(String ticketNo, Step step) {
        return act(ticketNo, "resolve", step);
    }

    /** 回访: satisfaction 1–5; {@code reached=false} records an unanswered call and keeps the ticket resolved. */
    public Ticket callback(String ticketNo, Callback callback) {
        return act(ticketNo, "callback", callback);
    }

    public Ticket reopen(String ticketNo, Step step) {
        return act(ticketNo, "reopen", step);
    }

    public Ticket close(String ticketNo, Step step) {
        return act(ticketNo, "close", step);
    }

    public SlaPolicy slaPolicy() {
        return http.get(base + "/sla-policy", SlaPolicy.class);
    }

    /** Replaces the branch's SLA policy; carries the {@code version} read (409 when stale). */
    public SlaPolicy changeSlaPolicy(SlaPolicy policy) {
        return http.send("PUT", base + "/sla-policy", policy, SlaPolicy.class);
    }

    /** 停气通知: 422 when published later than the branch's minimum notice before the start. */
    public OutageNotice publishOutage(NewOutageNotice notice) {
        return http.send("POST", base + "/outage-notices", notice, OutageNotice.class);
    }

    public Page<OutageNotice> outageNotices(int page, int size) {
        return http.page(base + "/outage-notices", Query.page(page, size), OutageNotice.class);
    }

    /** KPIs of the days {@code from}–{@code to} ({@code YYYY-MM-DD}). */
    public Kpis kpis(String from, String to) {
        return http.get(base + "/kpis" + Query.of("from", from, "to", to), Kpis.class);
    }

    private Ticket act(String ticketNo, String action, Object body) {
        return http.send("POST", ticketPath(ticketNo) + "/" + action, body, Ticket.class);
    }

    private String ticketPath(String ticketNo) {
        return base + "/tickets/" + Query.segment(ticketNo);
    }
}
