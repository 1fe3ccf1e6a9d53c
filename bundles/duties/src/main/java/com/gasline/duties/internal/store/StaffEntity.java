package com.gasline.duties.internal.store;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** A staff member, keyed by platform username. */
@Entity
@Table(name = "dut_staff")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class StaffEntity {
    @Id
    public String username;
    public String name;
    public String position;
    public String phone;
    @Column(name = "hired_on")
    public LocalDate hiredOn;
}
