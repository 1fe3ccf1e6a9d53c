package com.gasline.appointments.internal.service;

import com.gasline.appointments.api.rest.Appointment;
import com.gasline.appointments.api.rest.AppointmentStatus;
import com.gasline.appointments.api.rest.VisitKind;
import com.gasline.appointments.internal.store.AppointmentEntity;

/** Entities as the module's records. */
final class Views {

    private Views() {
    }

    static Appointment appointment(AppointmentEntity e) {
        return new Appointment(e.id, VisitKind.valueOf(e.kind), AppointmentStatus.valueOf(e.status), e.day, e.window, e.startsAt, e.endsAt,
                e.customerName, e.phone, e.address, e.accountNo, e.ticketNo, e.note, e.bookedBy, e.bookedAt, e.arrivedAt, e.arrivedBy,
                e.onTime, e.cancelReason);
    }
}
