package com.gasline.duties.internal.store;

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

/** One round of a check, done or missed; one per task, day and slot. */
@Entity
@Table(name = "dut_check_record")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class CheckRecordEntity {
    @Id
    public String id;
    @Column(name = "task_id")
    public String taskId;
    @Column(name = "work_day")
    public LocalDate day;
    public String slot;
    public boolean done;
    public String note;
    @Column(name = "by_user")
    public String byUser;
    public OffsetDateTime at;
}
