package com.gasline.metering.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** Metering's copy of what billing needs from an account, kept fresh by account events. */
@Entity
@Table(name = "met_account")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class MeteredAccountEntity {
    @Id
    @Column(name = "account_no")
    public String accountNo;
    public String category;
    @Column(name = "household_size")
    public int householdSize;
    public String state;
    @Column(name = "holder_name")
    public String holderName;
    public String address;
}
