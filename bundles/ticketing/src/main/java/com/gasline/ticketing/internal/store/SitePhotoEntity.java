package com.gasline.ticketing.internal.store;

import java.time.OffsetDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** Append-only: one row per file attached to a ticket. */
@Entity
@Table(name = "tkt_attachment")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class SitePhotoEntity {
    @Id
    public String id;
    @Column(name = "ticket_no")
    public String ticketNo;
    public int seq;
    @Column(name = "attachment_id")
    public String attachmentId;
    public String caption;
    @Column(name = "media_type")
    public String mediaType;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "has_thumbnail")
    public boolean hasThumbnail;
    @Column(name = "attached_by")
    public String attachedBy;
    @Column(name = "attached_at")
    public OffsetDateTime attachedAt;
}
