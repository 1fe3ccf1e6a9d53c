package com.gasline.inspections.internal.store;

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

/** 复查 of a hazard, as recorded. */
@Entity
@Table(name = "insp_reinspection")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class ReinspectionEntity {
    @Id
    public String id;
    @Column(name = "hazard_id")
    public String hazardId;
    public boolean fixed;
    public String note;
    @Column(name = "photo_ids")
    @Convert(converter = StringListConverter.class)
    public List<String> photoIds;
    @Column(name = "by_user")
    public String by;
    public OffsetDateTime at;
}
