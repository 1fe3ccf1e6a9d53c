package com.gasline.cylinders.internal.store;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** 钢瓶 by its steel stamp, with where it is now. */
@Entity
@Table(name = "cyl_cylinder")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class CylinderEntity {
    @Id
    public String serial;
    public String spec;
    public String owner;
    @Column(name = "owner_name")
    public String ownerName;
    @Column(name = "manufactured_on")
    public LocalDate manufacturedOn;
    @Column(name = "last_inspected_on")
    public LocalDate lastInspectedOn;
    @Column(name = "next_inspection_on")
    public LocalDate nextInspectionOn;
    @Column(name = "scrap_on")
    public LocalDate scrapOn;
    public String status;
    public String location;
    @Column(name = "location_name")
    public String locationName;
    @Version
    public long version;
}
