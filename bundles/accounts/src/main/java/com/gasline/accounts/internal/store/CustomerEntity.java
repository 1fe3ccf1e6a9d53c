package com.gasline.accounts.internal.store;

import java.time.OffsetDateTime;

import javax.persistence.Version;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** 用户: a person or organisation; ID number and phones are private (信息保密). */
@Entity
@Table(name = "acc_customer")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class CustomerEntity {

    @Id
    public String id;
    public String kind;
    public String name;
    @Column(name = "id_type")
    public String idType;
    @Column(name = "id_number")
    public String idNumber;
    /** comma separated, first one primary */
    public String phones;
    @Column(name = "phone_tail")
    public String phoneTail;
    public String category;
    @Column(name = "household_size")
    public int householdSize;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;
}
