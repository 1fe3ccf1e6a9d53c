package com.gasline.ticketing.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** An account reached by an outage notice. */
@Entity
@Table(name = "tkt_outage_account")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class OutageAccountEntity {
    @Id
    public String id;
    @Column(name = "outage_id")
    public String outageId;
    @Column(name = "account_no")
    public String accountNo;
}
