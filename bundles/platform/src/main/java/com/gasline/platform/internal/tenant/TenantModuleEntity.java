package com.gasline.platform.internal.tenant;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@Entity
@Table(name = "platform_tenant_module")
@IdClass(TenantModuleEntity.Key.class)
public class TenantModuleEntity {

    @Id
    @Column(name = "tenant_id")
    private String tenantId;
    @Id
    @Column(name = "module_id")
    private String moduleId;
    private boolean enabled;
    @Column(name = "changed_at")
    private OffsetDateTime changedAt;
    @Column(name = "changed_by")
    private String changedBy;

    protected TenantModuleEntity() {
    }

    TenantModuleEntity(String tenantId, String moduleId) {
        this.tenantId = tenantId;
        this.moduleId = moduleId;
    }

    String moduleId() {
        return moduleId;
    }

    boolean enabled() {
        return enabled;
    }

    void switchTo(boolean enabled, String by, OffsetDateTime at) {
        this.enabled = enabled;
        this.changedBy = by;
        this.changedAt = at;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String tenantId;
        private String moduleId;

        public Key() {
        }

        public Key(String tenantId, String moduleId) {
            this.tenantId = tenantId;
            this.moduleId = moduleId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tenantId, k.tenantId) && Objects.equals(moduleId, k.moduleId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, moduleId);
        }
    }
}
