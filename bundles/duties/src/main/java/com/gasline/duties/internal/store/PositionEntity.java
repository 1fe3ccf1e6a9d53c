package com.gasline.duties.internal.store;

import java.util.List;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.StringListConverter;
import com.gasline.platform.api.persistence.Tenancy;

/** 岗位 of one branch. */
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
    @Convert(converter = StringListConverter.class)
    public List<String> duties;
    @Convert(converter = StringListConverter.class)
    public List<String> standards;
    public int headcount;
    @Version
    public long version;
}
