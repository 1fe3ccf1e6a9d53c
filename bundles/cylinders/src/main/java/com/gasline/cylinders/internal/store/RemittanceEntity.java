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

/** 解缴 of one point and day, with its reconciliation; never rewritten. */
@Entity
@Table(name = "cyl_remittance")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class RemittanceEntity {
    @Id
    public String id;
    public String point;
    @Column(name = "work_day")
    public LocalDate day;
    @Column(name = "cash_fen")
    public long cashFen;
    public int vouchers;
    @Column(name = "expected_cash_fen")
    public long expectedCashFen;
    @Column(name = "expected_vouchers")
    public int expectedVouchers;
    public int exchanges;
    @Column(name = "handed_by")
    public String handedBy;
    public OffsetDateTime at;
}
