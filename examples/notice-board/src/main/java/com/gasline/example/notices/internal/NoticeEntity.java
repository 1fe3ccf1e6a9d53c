package com.gasline.example.notices.internal;

import java.time.OffsetDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

@Entity
@Table(name = "notice")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class NoticeEntity {

    @Id
    private String id;
    private String title;
    private String body;
    private String author;
    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    protected NoticeEntity() {
    }

    NoticeEntity(String id, String title, String body, String author, OffsetDateTime publishedAt) {
        this.id = id;
        this.title = title;
        this.body = body;
        this.author = author;
        this.publishedAt = publishedAt;
    }

    Notice view() {
        return new Notice(id, title, body, author, publishedAt);
    }
}
