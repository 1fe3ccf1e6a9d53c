package com.gasline.ticketing.api.rest;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.gasline.platform.api.Page;
import com.gasline.platform.api.Roles;

/**
 * {@code /api/v1/tenants/{tenant}/ticketing}: service tickets with SLA clocks (客服工单), the business
 * calendar, planned outage notices, registers and KPIs.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface TicketingApi {

    @POST
    @Path("tickets")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.DISPATCHER, Roles.BRANCH_ADMIN })
    Response create(NewTicket ticket);

    /** Technicians see only the tickets dispatched to them. {@code overdue=true}: a clock ran out; {@code dueWithinHours}: soon due. */
    @GET
    @Path("tickets")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.DISPATCHER, Roles.BRANCH_ADMIN, Roles.TECHNICIAN })
    Page<Ticket> tickets(@QueryParam("status") String status, @QueryParam("type") String type, @QueryParam("overdue") Boolean overdue,
            @QueryParam("dueWithinHours") Integer dueWithinHours, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("tickets/{ticketNo}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.DISPATCHER, Roles.BRANCH_ADMIN, Roles.TECHNICIAN })
    Ticket ticket(@PathParam("ticketNo") String ticketNo);

    @GET
    @Path("tickets/{ticketNo}/events")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.DISPATCHER, Roles.BRANCH_ADMIN, Roles.TECHNICIAN })
    Page<TicketEvent> events(@PathParam("ticketNo") String ticketNo, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @POST
    @Path("tickets/{ticketNo}/dispatch")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.DISPATCHER })
    Ticket dispatch(@PathParam("ticketNo") String ticketNo, Dispatch dispatch);

    @POST
    @Path("tickets/{ticketNo}/start")
    @RolesAllowed({ Roles.TECHNICIAN, Roles.SUPERVISOR })
    Ticket start(@PathParam("ticketNo") String ticketNo, Step step);

    /** A reply to the customer (meets the REPLY clock of major complaints). */
    @POST
    @Path("tickets/{ticketNo}/reply")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.TECHNICIAN })
    Ticket reply(@PathParam("ticketNo") String ticketNo, Step step);

    @POST
    @Path("tickets/{ticketNo}/resolve")
    @RolesAllowed({ Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.AGENT })
    Ticket resolve(@PathParam("ticketNo") String ticketNo, Step step);

    @POST
    @Path("tickets/{ticketNo}/callback")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.SHIFT_LEAD })
    Ticket callback(@PathParam("ticketNo") String ticketNo, Callback callback);

    @POST
    @Path("tickets/{ticketNo}/reopen")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR })
    Ticket reopen(@PathParam("ticketNo") String ticketNo, Step step);

    @POST
    @Path("tickets/{ticketNo}/close")
    @RolesAllowed(Roles.SUPERVISOR)
    Ticket close(@PathParam("ticketNo") String ticketNo, Step step);

    /** Escalates every clock that ran out now (the background job does this every minute). */
    @POST
    @Path("escalations:run")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.BRANCH_ADMIN })
    List<TicketEvent> escalateNow();

    @GET
    @Path("sla-policy")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.DISPATCHER, Roles.BRANCH_ADMIN })
    SlaPolicy slaPolicy();

    @PUT
    @Path("sla-policy")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.BRANCH_ADMIN })
    SlaPolicy changeSlaPolicy(SlaPolicy policy);

    @GET
    @Path("calendar")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.DISPATCHER, Roles.BRANCH_ADMIN })
    Page<CalendarDay> calendar(@QueryParam("year") Integer year, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @PUT
    @Path("calendar/{date}")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.BRANCH_ADMIN })
    CalendarDay setDay(@PathParam("date") String date, CalendarDay day);

    @DELETE
    @Path("calendar/{date}")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.BRANCH_ADMIN })
    Response clearDay(@PathParam("date") String date);

    /** Imports holidays and make-up days from CSV lines {@code date,kind,name} (e.g. the State Council's yearly list). */
    @POST
    @Path("calendar:import")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @RolesAllowed({ Roles.SUPERVISOR, Roles.BRANCH_ADMIN })
    List<CalendarDay> importCalendar(String csv);

    @POST
    @Path("outage-notices")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.BRANCH_ADMIN, Roles.DISPATCHER })
    Response publishOutage(NewOutageNotice notice);

    @GET
    @Path("outage-notices")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.DISPATCHER, Roles.BRANCH_ADMIN })
    Page<OutageNotice> outageNotices(@QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("outage-notices/{id}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.DISPATCHER, Roles.BRANCH_ADMIN })
    OutageNotice outageNotice(@PathParam("id") String id);

    @GET
    @Path("kpis")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD })
    Kpis kpis(@QueryParam("from") String from, @QueryParam("to") String to);

    /**
     * Registers as CSV for the period: {@code complaints} 客户投诉登记表, {@code calls} 来电来访登记表,
     * {@code repairs} 报修记录表, {@code callbacks} 回访记录表, {@code callback-summary} 回访总结报告.
     */
    @GET
    @Path("registers/{name}")
    @Produces("text/csv; charset=UTF-8")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD })
    String register(@PathParam("name") String name, @QueryParam("from") String from, @QueryParam("to") String to);
}
