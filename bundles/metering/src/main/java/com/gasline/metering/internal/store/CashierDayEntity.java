package com.gasline.metering.internal.store;

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

/** A cashier's closed day (收费日报): its receipts can no longer be voided. */
@Entity
@Table(name = "met_cashier_day")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class CashierDayEntity {
    @Id
    public String id;
    @Column(name = "work_day")
    public LocalDate day;
    public String cashier;
    public int receipts;
    @Column(name = "total_fen")
    public long totalFen;
    @Column(name = "closed_by")
    public String closedBy;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
}
