package com.gasline.metering.internal.store;

import java.math.BigDecimal;
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

/** An accepted reading; never changed except to mark it reviewed or billed. */
@Entity
@Table(name = "met_reading")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class ReadingEntity {
    @Id
    public String id;
    public String serial;
    @Column(name = "account_no")
    public String accountNo;
    @Column(name = "reading_value")
    public BigDecimal value;
    @Column(name = "read_on")
    public LocalDate readOn;
    public String source;
    public String reader;
    public BigDecimal consumption;
    public boolean rollover;
    public String anomaly;
    public boolean reviewed;
    public String decision;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    @Column(name = "decision_note")
    public String decisionNote;
    @Column(name = "superseded_by")
    public String supersededBy;
    @Column(name = "corrects_id")
    public String correctsId;
    @Column(name = "estimated_volume")
    public BigDecimal estimatedVolume;
    public String note;
    @Column(name = "bill_id")
    public String billId;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
