package com.gasline.appointments.internal.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** A booking with the window's times as told to the customer; arrival and cancellation are stamped once. */
@Entity
@Table(name = "appt_appointment")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class AppointmentEntity {
    @Id
    public String id;
    public String kind;
    public String status;
    @Column(name = "visit_day")
    public LocalDate day;
    @Column(name = "window_code")
    public String window;
    @Column(name = "starts_at")
    public OffsetDateTime startsAt;
    @Column(name = "ends_at")
    public OffsetDateTime endsAt;
    @Column(name = "customer_name")
    public String customerName;
    public String phone;
    public String address;
    @Column(name = "account_no")
    public String accountNo;
    @Column(name = "customer_id")
    public String customerId;
    @Column(name = "ticket_no")
    public String ticketNo;
    public String note;
    @Column(name = "booked_by")
    public String bookedBy;
    @Column(name = "booked_at")
    public OffsetDateTime bookedAt;
    @Column(name = "arrived_at")
    public OffsetDateTime arrivedAt;
    @Column(name = "arrived_by")
    public String arrivedBy;
    @Column(name = "on_time")
    public Boolean onTime;
    @Column(name = "cancel_reason")
    public String cancelReason;
    @Column(name = "cancelled_by")
    public String cancelledBy;
    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;
}
