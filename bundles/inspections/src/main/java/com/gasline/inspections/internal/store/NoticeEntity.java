package com.gasline.inspections.internal.store;

import java.time.OffsetDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** A visit time the customer was told of (安检通知); a new time is a new notice. */
@Entity
@Table(name = "insp_notice")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class NoticeEntity {
    @Id
    public String id;
    @Column(name = "inspection_id")
    public String inspectionId;
    @Column(name = "visit_at")
    public OffsetDateTime visitAt;
    @Column(name = "notified_by")
    public String notifiedBy;
    @Column(name = "notified_at")
    public OffsetDateTime notifiedAt;
}
