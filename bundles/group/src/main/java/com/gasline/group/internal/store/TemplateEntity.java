package com.gasline.group.internal.store;

import java.time.OffsetDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One version of a template; group-level, so no tenant discriminator. */
@Entity
@Table(name = "grp_template")
public class TemplateEntity {
    public static final String DRAFT = "DRAFT";
    public static final String PUBLISHED = "PUBLISHED";

    @Id
    public String kind;
    @Id
    public int version;
    public String status;
    public String content;
    public String overridable;
    public String note;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
}
