package com.gasline.inspections.internal.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import javax.persistence.Convert;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;
import com.gasline.platform.api.persistence.StringListConverter;

/** 隐患: open until a re-inspection finds it fixed. */
@Entity
@Table(name = "insp_hazard")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class HazardEntity {
    @Id
    public String id;
    @Column(name = "inspection_id")
    public String inspectionId;
    @Column(name = "plan_id")
    public String planId;
    @Column(name = "account_no")
    public String accountNo;
    public String area;
    public String item;
    public String grade;
    public String description;
    @Column(name = "photo_ids")
    @Convert(converter = StringListConverter.class)
    public List<String> photoIds;
    public String status;
    public LocalDate deadline;
    @Column(name = "supply_suspended")
    public boolean supplySuspended;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
}
