package com.gasline.metering.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** Prepayment (预存) balance of an account. */
@Entity
@Table(name = "met_balance")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class BalanceEntity {
    @Id
    @Column(name = "account_no")
    public String accountNo;
    @Column(name = "balance_fen")
    public long balanceFen;
    /** The ledger balance (credit minus what is owed) and the number of movements so far. */
    @Column(name = "ledger_fen")
    public long ledgerFen;
    @Column(name = "ledger_seq")
    public long ledgerSeq;
    @Version
    public long version;
}
