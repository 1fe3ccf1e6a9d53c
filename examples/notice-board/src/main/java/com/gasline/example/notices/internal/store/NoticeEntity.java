package com.gasline.example.notices.internal.store;

import java.time.OffsetDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** A notice row; the tenant column is added and filled by EclipseLink, never by our queries. */
@Entity
@Table(name = "notice")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class NoticeEntity {

    @Id
    public String id;
    public String title;
    public String body;
    public String author;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
}
