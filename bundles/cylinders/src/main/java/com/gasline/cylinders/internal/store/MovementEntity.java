package com.gasline.cylinders.internal.store;

import java.time.OffsetDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** Append-only: every move of a cylinder. */
@Entity
@Table(name = "cyl_movement")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class MovementEntity {
    @Id
    public String id;
    public String serial;
    public OffsetDateTime at;
    public String actor;
    public String action;
    @Column(name = "from_status")
    public String fromStatus;
    @Column(name = "to_status")
    public String toStatus;
    @Column(name = "from_location")
    public String fromLocation;
    @Column(name = "to_location")
    public String toLocation;
    public String note;
}
