package com.gasline.cylinders.internal.store;

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

/** 调瓶点. Exchanges at a point lock its row, so they queue and stock never goes negative. */
@Entity
@Table(name = "cyl_point")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class PointEntity {
    @Id
    public String code;
    public String name;
    public String address;
    public String hours;
    /** Usernames of the clerks who work here. */
    @Convert(converter = StringListConverter.class)
    public List<String> staff;
    @Column(name = "low_stock_threshold")
    public int lowStockThreshold;
    @Version
    public long version;
}
