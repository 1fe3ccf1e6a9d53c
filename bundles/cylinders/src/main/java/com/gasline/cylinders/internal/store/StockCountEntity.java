package com.gasline.cylinders.internal.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** One line of a stock count: counted against the book, kept as counted. */
@Entity
@Table(name = "cyl_stock_count")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class StockCountEntity {
    @Id
    public String id;
    public String point;
    @Column(name = "work_day")
    public LocalDate day;
    public String spec;
    public String status;
    public int counted;
    public int book;
    @Column(name = "counted_by")
    public String countedBy;
    public OffsetDateTime at;
}
