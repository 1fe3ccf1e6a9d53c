package com.gasline.appointments.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** A visit window; a window taken out of the set stays as a row, inactive, so old bookings still name it. */
@Entity
@Table(name = "appt_window")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class WindowEntity {
    @Id
    public String code;
    public String starts;
    public String ends;
    public int capacity;
    @Column(name = "active")
    public boolean active;
}
