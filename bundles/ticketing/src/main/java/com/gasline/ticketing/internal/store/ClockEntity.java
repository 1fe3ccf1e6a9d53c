package com.gasline.ticketing.internal.store;

import java.time.OffsetDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** One SLA deadline of a ticket; met and escalation times are added, the deadline never moves. */
@Entity
@Table(name = "tkt_clock")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class ClockEntity {
    @Id
    public String id;
    @Column(name = "ticket_no")
    public String ticketNo;
    public String clock;
    @Column(name = "clock_round")
    public int round;
    @Column(name = "due_at")
    public OffsetDateTime dueAt;
    @Column(name = "met_at")
    public OffsetDateTime metAt;
    @Column(name = "escalated_at")
    public OffsetDateTime escalatedAt;
    @Column(name = "escalated_to")
    public String escalatedTo;
}
