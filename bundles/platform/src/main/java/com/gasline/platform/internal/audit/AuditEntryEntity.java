package com.gasline.platform.internal.audit;

import java.time.OffsetDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "platform_audit")
public class AuditEntryEntity {

    @Id
    private String id;
    private OffsetDateTime at;
    @Column(name = "tenant_id")
    private String tenantId;
    private String username;
    private String action;
    private String target;
    private int status;

    protected AuditEntryEntity() {
    }

    AuditEntryEntity(String id, OffsetDateTime at, String tenantId, String username, String action, String target, int status) {
        this.id = id;
        this.at = at;
        this.tenantId = tenantId;
        this.username = username;
        this.action = action;
        this.target = target;
        this.status = status;
    }
}
