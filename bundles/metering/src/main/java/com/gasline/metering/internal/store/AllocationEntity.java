package com.gasline.metering.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** How much of a payment settled which bill. */
@Entity
@Table(name = "met_allocation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class AllocationEntity {
    @Id
    public String id;
    @Column(name = "payment_id")
    public String paymentId;
    @Column(name = "bill_id")
    public String billId;
    public String period;
    @Column(name = "amount_fen")
    public long amountFen;
}
