package com.gasline.duties.internal.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.StringListConverter;
import com.gasline.platform.api.persistence.Tenancy;

/** 交接班 as recorded; after the answer only annotations are added. */
@Entity
@Table(name = "dut_handover")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class HandoverEntity {
    @Id
    public String id;
    public String shift;
    @Column(name = "work_day")
    public LocalDate day;
    public String outgoing;
    public String incoming;
    @Column(name = "open_tickets")
    @Convert(converter = StringListConverter.class)
    public List<String> openTickets;
    @Column(name = "cash_fen")
    public long cashFen;
    public int vouchers;
    public String point;
    @Column(name = "cylinder_stock")
    @Convert(converter = StringListConverter.class)
    public List<String> cylinderStock;
    public String tools;
    public String incidents;
    public String notes;
    public String status;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;
    @Column(name = "dispute_reason")
    public String disputeReason;
    @Version
    public long version;
}
