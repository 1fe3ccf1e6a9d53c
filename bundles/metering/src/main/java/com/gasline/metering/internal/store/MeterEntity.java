package com.gasline.metering.internal.store;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** 燃气表 on an account; the last reading and the running total give the average the 三准 check needs. */
@Entity
@Table(name = "met_meter")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class MeterEntity {
    @Id
    public String serial;
    @Column(name = "account_no")
    public String accountNo;
    public String type;
    public int digits;
    @Column(name = "installed_on")
    public LocalDate installedOn;
    @Column(name = "initial_reading")
    public BigDecimal initialReading;
    public String status;
    @Column(name = "last_reading")
    public BigDecimal lastReading;
    @Column(name = "last_read_on")
    public LocalDate lastReadOn;
    @Column(name = "reading_count")
    public int readingCount;
    @Column(name = "consumption_total")
    public BigDecimal consumptionTotal;
    @Column(name = "route_id")
    public String routeId;
    @Column(name = "route_seq")
    public int routeSeq;
    @Column(name = "replaced_by")
    public String replacedBy;
    @Column(name = "final_reading")
    public BigDecimal finalReading;
    /** The last actual (not estimated) reading, from which the next actual one trues estimates up. */
    @Column(name = "actual_reading")
    public BigDecimal actualReading;
    @Column(name = "actual_read_on")
    public LocalDate actualReadOn;
    @Version
    public long version;
}
