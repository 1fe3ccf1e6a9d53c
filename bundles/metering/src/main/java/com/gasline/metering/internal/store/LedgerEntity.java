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

/** One movement of an account's money (账户台账), never changed: positive credits the customer. */
@Entity
@Table(name = "met_ledger")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class LedgerEntity {
    @Id
    public String id;
    @Column(name = "account_no")
    public String accountNo;
    public long seq;
    public String kind;
    @Column(name = "amount_fen")
    public long amountFen;
    @Column(name = "balance_after_fen")
    public long balanceAfterFen;
    public String ref;
    public String note;
    public String actor;
    public OffsetDateTime at;
}
