package com.gasline.ticketing.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** The branch's SLA rules (JSON) and minimum outage notice. */
@Entity
@Table(name = "tkt_policy")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class PolicyEntity {
    @Id
    public String id;
    public String rules;
    @Column(name = "outage_notice_hours")
    public int outageNoticeHours;
    @Version
    public long version;
}
