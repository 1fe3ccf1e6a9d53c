package com.gasline.duties.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** 岗位 of one branch; duty list and standards as JSON arrays. */
@Entity
@Table(name = "dut_position")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class PositionEntity {
    @Id
    public String code;
    public String name;
    public String department;
    @Column(name = "reports_to")
    public String reportsTo;
    public String summary;
    public String duties;
    public String standards;
    public int headcount;
    @Version
    public long version;
}
