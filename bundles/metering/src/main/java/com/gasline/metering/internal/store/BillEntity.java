package com.gasline.metering.internal.store;

import java.math.BigDecimal;
import java.time.LocalDate;
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

/** 账单 of one account and period; unique per account and period, which makes bill runs idempotent. */
@Entity
@Table(name = "met_bill")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class BillEntity {
    @Id
    public String id;
    @Column(name = "account_no")
    public String accountNo;
    public String period;
    public String kind;
    @Column(name = "period_from")
    public LocalDate fromDate;
    @Column(name = "period_to")
    public LocalDate toDate;
    public BigDecimal volume;
    @Column(name = "amount_fen")
    public long amountFen;
    @Column(name = "paid_fen")
    public long paidFen;
    public String status;
    @Column(name = "due_on")
    public LocalDate dueOn;
    @Column(name = "run_id")
    public String runId;
    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;
    public boolean estimated;
    @Column(name = "reversed_by")
    public String reversedBy;
    @Column(name = "reversed_at")
    public OffsetDateTime reversedAt;
    @Column(name = "reversal_reason")
    public String reversalReason;
    @Column(name = "replaces_id")
    public String replacesId;
    @Version
    public long version;
}
