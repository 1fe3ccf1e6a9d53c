package com.gasline.platform.internal.tenant;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import com.gasline.platform.api.tenant.TenantStatus;
import com.gasline.platform.api.time.BranchClock;

@Entity
@Table(name = "platform_tenant")
public class TenantEntity {

    @Id
    private String code;
    private String name;
    private String region;
    @Enumerated(EnumType.STRING)
    private TenantStatus status;
    private String zone;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Version
    private long version;

    protected TenantEntity() {
    }

    TenantEntity(String code, String name, String region, OffsetDateTime createdAt) {
        this.code = code;
        this.name = name;
        this.region = region;
        this.status = TenantStatus.ACTIVE;
        this.zone = BranchClock.DEFAULT_ZONE.getId();
        this.createdAt = createdAt;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    String region() {
        return region;
    }

    ZoneId zone() {
        return zone == null ? BranchClock.DEFAULT_ZONE : ZoneId.of(zone);
    }

    void setZone(ZoneId zone) {
        this.zone = zone.getId();
    }

    TenantStatus status() {
        return status;
    }

    OffsetDateTime createdAt() {
        return createdAt;
    }

    void rename(String name) {
        this.name = name;
    }

    void moveTo(String region) {
        this.region = region;
    }

    void setStatus(TenantStatus status) {
        this.status = status;
    }
}
