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

/** What a bill run was asked to do; its progress is the platform job of the same id. */
@Entity
@Table(name = "met_bill_run")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class BillRunEntity {
    @Id
    public String id;
    public String period;
    @Column(name = "route_id")
    public String routeId;
    public int total;
    public String actor;
    @Column(name = "started_at")
    public OffsetDateTime startedAt;
}
