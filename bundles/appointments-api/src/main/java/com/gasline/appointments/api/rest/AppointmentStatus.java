package com.gasline.appointments.api.rest;

/** BOOKED until the technician arrives (ARRIVED) or the booking is cancelled (its place is free again). */
public enum AppointmentStatus {
    BOOKED, ARRIVED, CANCELLED
}
