package com.gasline.accounts.internal.store;

import java.time.OffsetDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** 用气地址, registered by area; {@code area} is the searchable path district/community/building/unit/room. */
@Entity
@Table(name = "acc_premises")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class PremisesEntity {

    @Id
    public String id;
    public String district;
    public String community;
    public String building;
    public String unit;
    public String room;
    public String area;
    public String address;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
