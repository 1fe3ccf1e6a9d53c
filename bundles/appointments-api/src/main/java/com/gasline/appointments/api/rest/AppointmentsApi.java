package com.gasline.appointments.api.rest;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * {@code /api/v1/tenants/{tenant}/appointments}: visits (installation, repair, inspection, turn-on) booked into the branch's
 * time windows, each window taking as many visits as its technicians can make; arrival is measured against the window.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AppointmentsApi {

    @GET
    @Path("windows")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.AGENT, Roles.DISPATCHER, Roles.SUPERVISOR, Roles.TECHNICIAN, Roles.INSPECTOR })
    @Operation(summary = "Read the branch's visit windows and booking horizon")
    Windows windows();

    @PUT
    @Path("windows")
    @RolesAllowed(Roles.BRANCH_ADMIN)
    @Operation(summary = "Set the visit windows with their capacity; existing bookings keep their times")
    Windows changeWindows(Windows windows);

    @GET
    @Path("availability")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.AGENT, Roles.DISPATCHER, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "Free places per window for the days from–to (default: today and the next 6 days)")
    Availability availability(@Parameter(schema = @Schema(type = "string", format = "date")) @QueryParam("from") String from,
            @Parameter(schema = @Schema(type = "string", format = "date")) @QueryParam("to") String to);

    @POST
    @Path("appointments")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.AGENT, Roles.DISPATCHER, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "Book a visit into a window (409 when the window is full, 422 when it is over or beyond the horizon)", responses = {
            @ApiResponse(responseCode = "201", description = "The booking",
                    headers = @Header(name = "Location", description = "URL of the new appointment", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Appointment.class))) })
    Response book(NewAppointment appointment);

    @GET
    @Path("appointments")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.AGENT, Roles.DISPATCHER, Roles.SUPERVISOR, Roles.TECHNICIAN, Roles.INSPECTOR })
    @Operation(summary = "List a day's appointments by window")
    Page<Appointment> appointments(@Parameter(schema = @Schema(type = "string", format = "date")) @QueryParam("day") String day,
            @Parameter(schema = @Schema(implementation = AppointmentStatus.class)) @QueryParam("status") String status,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("appointments/{id}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.AGENT, Roles.DISPATCHER, Roles.SUPERVISOR, Roles.TECHNICIAN, Roles.INSPECTOR })
    @Operation(summary = "Read an appointment")
    Appointment appointment(@PathParam("id") String id);

    @POST
    @Path("appointments/{id}/arrival")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.TECHNICIAN, Roles.INSPECTOR, Roles.DISPATCHER })
    @Operation(summary = "Record the technician's arrival; on time when inside the window")
    Appointment arrive(@PathParam("id") String id, Arrival arrival);

    @POST
    @Path("appointments/{id}/cancel")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.AGENT, Roles.DISPATCHER, Roles.SUPERVISOR })
    @Operation(summary = "Cancel a booking; its place in the window is free again")
    Appointment cancel(@PathParam("id") String id, Cancellation cancellation);

    @GET
    @Path("punctuality")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR, Roles.DISPATCHER })
    @Operation(summary = "Arrivals inside the window for the days from–to (default: this month)")
    Punctuality punctuality(@Parameter(schema = @Schema(type = "string", format = "date")) @QueryParam("from") String from,
            @Parameter(schema = @Schema(type = "string", format = "date")) @QueryParam("to") String to);

    @POST
    @Path("reminders")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.DISPATCHER, Roles.SUPERVISOR })
    @Operation(summary = "Remind tomorrow's customers of their windows now (the hourly sweep does it too; nobody is reminded twice)")
    Reminded remind();
}
