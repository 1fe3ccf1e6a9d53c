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

/** 抄表册: a reader's book of meters. */
@Entity
@Table(name = "met_route")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class RouteEntity {
    @Id
    public String id;
    public String name;
    public String reader;
    public String cycle;
    @Column(name = "reading_day")
    public int readingDay;
    @Version
    public long version;
}
