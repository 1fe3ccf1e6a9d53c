package com.gasline.metering.internal.store;

import java.time.LocalDate;


import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** A reading a bill run left unbilled because its anomaly was not reviewed yet. */
@Entity
@Table(name = "met_bill_run_held")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class HeldReadingEntity {
    @Id
    public String id;
    @Column(name = "run_id")
    public String runId;
    @Column(name = "reading_id")
    public String readingId;
    @Column(name = "account_no")
    public String accountNo;
    public String serial;
    public String reason;
    @Column(name = "read_on")
    public LocalDate readOn;
}
