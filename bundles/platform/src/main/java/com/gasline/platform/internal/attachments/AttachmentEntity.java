package com.gasline.platform.internal.attachments;

import java.time.OffsetDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** What describes a stored file; written once. */
@Entity
@Table(name = "platform_attachment")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class AttachmentEntity {
    @Id
    public String id;
    public String sha256;
    public long size;
    @Column(name = "media_type")
    public String mediaType;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "uploaded_by")
    public String uploadedBy;
    @Column(name = "uploaded_at")
    public OffsetDateTime uploadedAt;
    @Column(name = "has_thumbnail")
    public boolean hasThumbnail;
}
