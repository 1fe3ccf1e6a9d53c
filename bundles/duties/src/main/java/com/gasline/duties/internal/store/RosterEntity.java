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

/** One person on one shift of one day. */
@Entity
@Table(name = "dut_roster")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class RosterEntity {
    @Id
    public String id;
    @Column(name = "work_day")
    public LocalDate day;
    public String shift;
    public String username;
    public String holiday;
}
