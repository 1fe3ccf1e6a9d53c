package com.gasline.appointments.api.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A booking: the window told to the customer, and when the technician arrived against it. */
public record Appointment(String id, VisitKind kind, AppointmentStatus status, LocalDate day, String window, OffsetDateTime startsAt,
        OffsetDateTime endsAt, String customerName, String phone, String address, String accountNo, String ticketNo, String note,
        String bookedBy, OffsetDateTime bookedAt, OffsetDateTime arrivedAt, String arrivedBy, Boolean onTime, String cancelReason) {
}
