package com.gasline.ticketing.internal.store;

import java.time.OffsetDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** 工单. Its steps are events, its deadlines clocks; the row holds the current state. */
@Entity
@Table(name = "tkt_ticket")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class TicketEntity {
    @Id
    @Column(name = "ticket_no")
    public String ticketNo;
    public String type;
    public String grade;
    public String service;
    public String channel;
    public String status;
    public String priority;
    @Column(name = "caller_name")
    public String callerName;
    @Column(name = "caller_phone")
    public String callerPhone;
    @Column(name = "account_no")
    public String accountNo;
    public String address;
    public String description;
    public String agent;
    public String department;
    public String assignee;
    public Integer satisfaction;
    @Column(name = "callback_comment")
    public String callbackComment;
    @Column(name = "callback_reached")
    public Boolean callbackReached;
    public int reopened;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;
    @Column(name = "resolved_by")
    public String resolvedBy;
    @Column(name = "called_back_at")
    public OffsetDateTime calledBackAt;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
    @Column(name = "event_count")
    public int eventCount;
    @Version
    public long version;
}
