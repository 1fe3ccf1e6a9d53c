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

/** Append-only: one 催缴 step taken for an account. */
@Entity
@Table(name = "met_dunning")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class DunningEntity {
    @Id
    public String id;
    @Column(name = "account_no")
    public String accountNo;
    public String step;
    public String note;
    @Column(name = "owed_fen")
    public long owedFen;
    @Column(name = "days_overdue")
    public int daysOverdue;
    @Column(name = "by_user")
    public String byUser;
    public OffsetDateTime at;
}
