package com.gasline.cylinders.internal.store;

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

/** 调换: empty in, full out. */
@Entity
@Table(name = "cyl_exchange")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class ExchangeEntity {
    @Id
    public String id;
    public String point;
    @Column(name = "work_day")
    public LocalDate day;
    public OffsetDateTime at;
    public String clerk;
    public String customer;
    @Column(name = "customer_phone")
    public String customerPhone;
    public String spec;
    @Column(name = "returned_serial")
    public String returnedSerial;
    @Column(name = "issued_serial")
    public String issuedSerial;
    @Column(name = "price_fen")
    public long priceFen;
    public String payment;
    public int vouchers;
    @Column(name = "returned_due")
    public boolean returnedDue;
    public String advice;
}
