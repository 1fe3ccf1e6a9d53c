package com.gasline.metering.internal.store;

import java.time.OffsetDateTime;


import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** 退费 out of an account's credit, with its own receipt. */
@Entity
@Table(name = "met_refund")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class RefundEntity {
    @Id
    public String id;
    @Column(name = "account_no")
    public String accountNo;
    @Column(name = "amount_fen")
    public long amountFen;
    @Column(name = "receipt_no")
    public String receiptNo;
    public String reason;
    public String cashier;
    public OffsetDateTime at;
}
