package com.gasline.inspections.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** One of a branch's inspection rules by name (interval.RESIDENTIAL, noticeHours, noAccessAttempts). */
@Entity
@Table(name = "insp_rule")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class RuleEntity {
    @Id
    public String name;
    @Column(name = "rule_value")
    public int value;
}
