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

/** A point's daily safety check, one per day. */
@Entity
@Table(name = "cyl_check")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class CheckEntity {
    @Id
    public String id;
    public String point;
    @Column(name = "work_day")
    public LocalDate day;
    public boolean dry;
    public boolean ventilated;
    @Column(name = "fire_safe")
    public boolean fireSafe;
    @Column(name = "explosion_safe")
    public boolean explosionSafe;
    @Column(name = "theft_safe")
    public boolean theftSafe;
    public String note;
    @Column(name = "checked_by")
    public String checkedBy;
    public OffsetDateTime at;
}
