package com.gasline.platform.internal.attachments;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** The bytes of a stored file and of its thumbnail; read by projection, one column at a time. */
@Entity
@Table(name = "platform_attachment_data")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class AttachmentDataEntity {
    @Id
    public String id;
    public byte[] content;
    public byte[] thumbnail;
}
