package com.gasline.ticketing.internal.rest;

import java.util.List;

import javax.ws.rs.core.Response;

import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.RequestContext;
import com.gasline.ticketing.api.rest.Callback;
import com.gasline.ticketing.api.rest.CalendarDay;
import com.gasline.ticketing.api.rest.Dispatch;
import com.gasline.ticketing.api.rest.Kpis;
import com.gasline.ticketing.api.rest.NewOutageNotice;
import com.gasline.ticketing.api.rest.NewSitePhoto;
import com.gasline.ticketing.api.rest.NewTicket;
import com.gasline.ticketing.api.rest.OutageNotice;
import com.gasline.ticketing.api.rest.SitePhoto;
import com.gasline.ticketing.api.rest.SlaPolicy;
import com.gasline.ticketing.api.rest.Step;
import com.gasline.ticketing.api.rest.Ticket;
import com.gasline.ticketing.api.rest.TicketEvent;
import com.gasline.ticketing.api.rest.TicketingApi;
import com.gasline.ticketing.internal.service.Desk;
import com.gasline.ticketing.internal.service.Escalations;
import com.gasline.ticketing.internal.service.Outages;
import com.gasline.ticketing.internal.service.Policies;
import com.gasline.ticketing.internal.service.Reports;
import com.gasline.ticketing.internal.service.SitePhotos;
import com.gasline.ticketing.internal.service.TicketSteps;
import com.gasline.ticketing.internal.service.Tickets;

/** The HTTP face of ticketing: the tenant and caller of the request, the work in the services, the answers' status and headers. */
public class TicketingResource implements TicketingApi {

    private final Desk desk;
    private final Tickets tickets;
    private final TicketSteps steps;
    private final Policies policies;
    private final Escalations escalations;
    private final Outages outages;
    private final Reports reports;
    private final SitePhotos photos;
    private final RequestContext requests;

    public TicketingResource(Desk desk, Tickets tickets, TicketSteps steps, Policies policies, Escalations escalations, Outages outages,
            Reports reports, SitePhotos photos, RequestContext requests) {
        this.desk = desk;
        this.tickets = tickets;
        this.steps = steps;
        this.policies = policies;
        this.escalations = escalations;
        this.outages = outages;
        this.reports = reports;
        this.photos = photos;
        this.requests = requests;
    }

    @Override
    public Response create(NewTicket ticket) {
        Ticket created = desk.create(requests.tenant(), requests.requireCaller(), ticket);
        return Response.created(requests.location("tickets", created.ticketNo())).entity(created).build();
    }

    @Override
    public Page<Ticket> tickets(String status, String type, Boolean overdue, Integer dueWithinHours, Integer page, Integer size) {
        return tickets.page(requests.tenant(), requests.requireCaller(), status, type, overdue, dueWithinHours, PageRequest.of(page, size));
    }

    @Override
    public Ticket ticket(String ticketNo) {
        return tickets.ticket(requests.tenant(), requests.requireCaller(), ticketNo);
    }

    @Override
    public Page<TicketEvent> events(String ticketNo, Integer page, Integer size) {
        return tickets.events(requests.tenant(), requests.requireCaller(), ticketNo, PageRequest.of(page, size));
    }

    @Override
    public Response attach(String ticketNo, NewSitePhoto photo) {
        SitePhoto attached = photos.attach(requests.tenant(), requests.requireCaller(), ticketNo, photo);
        return Response.created(requests.location("tickets", ticketNo, "attachments", String.valueOf(attached.seq()))).entity(attached).build();
    }

    @Override
    public Page<SitePhoto> attachments(String ticketNo, Integer page, Integer size) {
        return photos.list(requests.tenant(), requests.requireCaller(), ticketNo, PageRequest.of(page, size));
    }

    @Override
    public SitePhoto attachment(String ticketNo, int seq) {
        return photos.one(requests.tenant(), requests.requireCaller(), ticketNo, seq);
    }

    @Override
    public Ticket dispatch(String ticketNo, Dispatch d) {
        return steps.dispatch(requests.tenant(), requests.requireCaller(), ticketNo, d);
    }

    @Override
    public Ticket start(String ticketNo, Step s) {
        return steps.start(requests.tenant(), requests.requireCaller(), ticketNo, s);
    }

    @Override
    public Ticket reply(String ticketNo, Step s) {
        return steps.reply(requests.tenant(), requests.requireCaller(), ticketNo, s);
    }

    @Override
    public Ticket resolve(String ticketNo, Step s) {
        return steps.resolve(requests.tenant(), requests.requireCaller(), ticketNo, s);
    }

    @Override
    public Ticket callback(String ticketNo, Callback c) {
        return steps.callback(requests.tenant(), requests.requireCaller(), ticketNo, c);
    }

    @Override
    public Ticket reopen(String ticketNo, Step s) {
        return steps.reopen(requests.tenant(), requests.requireCaller(), ticketNo, s);
    }

    @Override
    public Ticket close(String ticketNo, Step s) {
        return steps.close(requests.tenant(), requests.requireCaller(), ticketNo, s);
    }

    @Override
    public List<TicketEvent> escalateNow() {
        return escalations.escalate(requests.tenant());
    }

    @Override
    public SlaPolicy slaPolicy() {
        return policies.policy(requests.tenant());
    }

    @Override
    public SlaPolicy changeSlaPolicy(SlaPolicy policy) {
        return policies.change(requests.tenant(), policy);
    }

    @Override
    public Page<CalendarDay> calendar(Integer year, Integer page, Integer size) {
        return policies.days(requests.tenant(), year, PageRequest.of(page, size));
    }

    @Override
    public CalendarDay setDay(String date, CalendarDay day) {
        return policies.set(requests.tenant(), date, day);
    }

    @Override
    public Response clearDay(String date) {
        policies.clear(requests.tenant(), date);
        return Response.noContent().build();
    }

    @Override
    public List<CalendarDay> importCalendar(String csv) {
        return policies.importDays(requests.tenant(), csv);
    }

    @Override
    public Response publishOutage(NewOutageNotice notice) {
        OutageNotice published = outages.publish(requests.tenant(), requests.requireCaller().username(), notice);
        return Response.created(requests.location("outage-notices", published.id())).entity(published).build();
    }

    @Override
    public Page<OutageNotice> outageNotices(Integer page, Integer size) {
        return outages.list(requests.tenant(), PageRequest.of(page, size));
    }

    @Override
    public OutageNotice outageNotice(String id) {
        return outages.notice(requests.tenant(), id);
    }

    @Override
    public Kpis kpis(String from, String to) {
        return reports.kpis(requests.tenant(), from, to);
    }

    @Override
    public String register(String name, String from, String to) {
        return reports.register(requests.tenant(), name, from, to);
    }
}
