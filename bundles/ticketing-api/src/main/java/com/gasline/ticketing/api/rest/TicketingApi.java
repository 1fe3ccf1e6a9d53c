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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

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
    @Operation(summary = "Take a service ticket (受理) and start its SLA clocks", responses = {
            @ApiResponse(responseCode = "201", description = "The ticket with its ticketNo and SLA clocks",
                    headers = @Header(name = "Location", description = "URL of the new ticket", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Ticket.class))) })
    Response create(NewTicket ticket);

    /** Technicians see only the tickets dispatched to them. {@code overdue=true}: a clock ran out; {@code dueWithinHours}: soon due. */
    @GET
    @Path("tickets")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.DISPATCHER, Roles.BRANCH_ADMIN, Roles.TECHNICIAN })
    @Operation(summary = "List the branch's tickets, filtered and paged (technicians see their own)")
    Page<Ticket> tickets(@QueryParam("status") String status, @QueryParam("type") String type, @QueryParam("overdue") Boolean overdue,
            @QueryParam("dueWithinHours") Integer dueWithinHours, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("tickets/{ticketNo}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.DISPATCHER, Roles.BRANCH_ADMIN, Roles.TECHNICIAN })
    @Operation(summary = "Read one ticket with its SLA clocks")
    Ticket ticket(@PathParam("ticketNo") String ticketNo);

    @GET
    @Path("tickets/{ticketNo}/events")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.DISPATCHER, Roles.BRANCH_ADMIN, Roles.TECHNICIAN })
    @Operation(summary = "List a ticket's steps: who did what, when")
    Page<TicketEvent> events(@PathParam("ticketNo") String ticketNo, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    /** Appends a file (uploaded first to the platform's attachments) to the ticket; nothing already attached changes. */
    @POST
    @Path("tickets/{ticketNo}/attachments")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.DISPATCHER, Roles.BRANCH_ADMIN, Roles.TECHNICIAN })
    @Operation(summary = "Attach a site photo or a signed sheet to a ticket", responses = {
            @ApiResponse(responseCode = "201", description = "The ticket's new attachment",
                    headers = @Header(name = "Location", description = "URL of the ticket's attachment", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = SitePhoto.class))) })
    Response attach(@PathParam("ticketNo") String ticketNo, NewSitePhoto photo);

    @GET
    @Path("tickets/{ticketNo}/attachments")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.DISPATCHER, Roles.BRANCH_ADMIN, Roles.TECHNICIAN })
    @Operation(summary = "List a ticket's site photos and other files")
    Page<SitePhoto> attachments(@PathParam("ticketNo") String ticketNo, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("tickets/{ticketNo}/attachments/{seq}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.DISPATCHER, Roles.BRANCH_ADMIN, Roles.TECHNICIAN })
    @Operation(summary = "Read one of a ticket's attachments")
    SitePhoto attachment(@PathParam("ticketNo") String ticketNo, @PathParam("seq") int seq);

    @POST
    @Path("tickets/{ticketNo}/dispatch")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.DISPATCHER })
    @Operation(summary = "Dispatch a ticket (派单) to a department or a technician")
    Ticket dispatch(@PathParam("ticketNo") String ticketNo, Dispatch dispatch);

    @POST
    @Path("tickets/{ticketNo}/start")
    @RolesAllowed({ Roles.TECHNICIAN, Roles.SUPERVISOR })
    @Operation(summary = "Start work on a dispatched ticket")
    Ticket start(@PathParam("ticketNo") String ticketNo, Step step);

    /** A reply to the customer (meets the REPLY clock of major complaints). */
    @POST
    @Path("tickets/{ticketNo}/reply")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.TECHNICIAN })
    @Operation(summary = "Record a reply to the customer (meets a major complaint's reply clock)")
    Ticket reply(@PathParam("ticketNo") String ticketNo, Step step);

    @POST
    @Path("tickets/{ticketNo}/resolve")
    @RolesAllowed({ Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.AGENT })
    @Operation(summary = "Resolve a ticket (办结)")
    Ticket resolve(@PathParam("ticketNo") String ticketNo, Step step);

    @POST
    @Path("tickets/{ticketNo}/callback")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.SHIFT_LEAD })
    @Operation(summary = "Record a callback (回访): satisfaction 1–5 when reached, else an attempt")
    Ticket callback(@PathParam("ticketNo") String ticketNo, Callback callback);

    @POST
    @Path("tickets/{ticketNo}/reopen")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR })
    @Operation(summary = "Reopen a ticket the customer is not satisfied with, saying why")
    Ticket reopen(@PathParam("ticketNo") String ticketNo, Step step);

    @POST
    @Path("tickets/{ticketNo}/close")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Close a ticket (supervisors)")
    Ticket close(@PathParam("ticketNo") String ticketNo, Step step);

    /** Escalates every clock that ran out now (the background job does this every minute). */
    @POST
    @Path("escalations:run")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.BRANCH_ADMIN })
    @Operation(summary = "Escalate every SLA clock that ran out, now")
    List<TicketEvent> escalateNow();

    @GET
    @Path("sla-policy")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.DISPATCHER, Roles.BRANCH_ADMIN })
    @Operation(summary = "Read the branch's SLA policy")
    SlaPolicy slaPolicy();

    @PUT
    @Path("sla-policy")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.BRANCH_ADMIN })
    @Operation(summary = "Change the branch's SLA policy")
    SlaPolicy changeSlaPolicy(SlaPolicy policy);

    @GET
    @Path("calendar")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.DISPATCHER, Roles.BRANCH_ADMIN })
    @Operation(summary = "List the business calendar of a year: holidays and make-up working days (调休)")
    Page<CalendarDay> calendar(@QueryParam("year") Integer year, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @PUT
    @Path("calendar/{date}")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.BRANCH_ADMIN })
    @Operation(summary = "Mark one day of the business calendar as a holiday or a make-up working day")
    CalendarDay setDay(@PathParam("date") String date, CalendarDay day);

    @DELETE
    @Path("calendar/{date}")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.BRANCH_ADMIN })
    @Operation(summary = "Remove one day's mark from the business calendar", responses = {
            @ApiResponse(responseCode = "204", description = "Removed: the day counts as an ordinary weekday or weekend again") })
    Response clearDay(@PathParam("date") String date);

    /** Imports holidays and make-up days from CSV lines {@code date,kind,name} (e.g. the State Council's yearly list). */
    @POST
    @Path("calendar:import")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @RolesAllowed({ Roles.SUPERVISOR, Roles.BRANCH_ADMIN })
    @Operation(summary = "Import holidays and make-up days from CSV lines date,kind,name")
    List<CalendarDay> importCalendar(String csv);

    @POST
    @Path("outage-notices")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.BRANCH_ADMIN, Roles.DISPATCHER })
    @Operation(summary = "Publish a planned outage notice (停气通知)", responses = {
            @ApiResponse(responseCode = "201", description = "The published notice",
                    headers = @Header(name = "Location", description = "URL of the new outage notice", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = OutageNotice.class))) })
    Response publishOutage(NewOutageNotice notice);

    @GET
    @Path("outage-notices")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.DISPATCHER, Roles.BRANCH_ADMIN })
    @Operation(summary = "List planned outage notices")
    Page<OutageNotice> outageNotices(@QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("outage-notices/{id}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.DISPATCHER, Roles.BRANCH_ADMIN })
    @Operation(summary = "Read a planned outage notice")
    OutageNotice outageNotice(@PathParam("id") String id);

    @GET
    @Path("kpis")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD })
    @Operation(summary = "Ticket KPIs of a period: volume, on-time and handling rates, callbacks, satisfaction")
    Kpis kpis(@QueryParam("from") String from, @QueryParam("to") String to);

    /**
     * Registers as CSV for the period: {@code complaints} 客户投诉登记表, {@code calls} 来电来访登记表,
     * {@code repairs} 报修记录表, {@code callbacks} 回访记录表, {@code callback-summary} 回访总结报告.
     */
    @GET
    @Path("registers/{name}")
    @Produces("text/csv; charset=UTF-8")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD })
    @Operation(summary = "Export a register of a period as CSV (complaints, calls, repairs, callbacks)")
    String register(@PathParam("name") String name, @QueryParam("from") String from, @QueryParam("to") String to);
}
