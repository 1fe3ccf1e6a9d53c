package com.gasline.metering.internal.store;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** One tier of one price period of a bill. */
@Entity
@Table(name = "met_bill_line")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class BillLineEntity {
    @Id
    public String id;
    @Column(name = "bill_id")
    public String billId;
    public int seq;
    @Column(name = "period_from")
    public LocalDate fromDate;
    @Column(name = "period_to")
    public LocalDate toDate;
    public int tier;
    public BigDecimal volume;
    @Column(name = "price_fen")
    public long priceFen;
    @Column(name = "amount_fen")
    public long amountFen;
    @Column(name = "tariff_year")
    public LocalDate tariffYear;
    /** GAS, or TRUE_UP: the correction of an estimated bill by the next actual reading. */
    public String kind;
    @Column(name = "account_no")
    public String accountNo;
}
