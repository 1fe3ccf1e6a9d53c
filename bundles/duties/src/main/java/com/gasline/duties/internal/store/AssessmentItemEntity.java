package com.gasline.duties.internal.store;

import java.time.OffsetDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** A manual assessment item. */
@Entity
@Table(name = "dut_assessment_item")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class AssessmentItemEntity {
    @Id
    public String id;
    public String username;
    @Column(name = "work_month")
    public String month;
    public int points;
    public String reason;
    @Column(name = "by_user")
    public String byUser;
    public OffsetDateTime at;
}
