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

/** A note added to a handover after the fact. */
@Entity
@Table(name = "dut_annotation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class AnnotationEntity {
    @Id
    public String id;
    @Column(name = "handover_id")
    public String handoverId;
    public OffsetDateTime at;
    @Column(name = "by_user")
    public String byUser;
    @Column(name = "note_text")
    public String text;
}
