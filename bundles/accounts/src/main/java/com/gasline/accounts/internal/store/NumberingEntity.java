package com.gasline.accounts.internal.store;

import javax.persistence.Version;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** The branch's account numbering rule; one row per tenant (id {@code account}). */
@Entity
@Table(name = "acc_numbering")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class NumberingEntity {

    public static final String ACCOUNT = "account";

    @Id
    public String id;
    public String pattern;
    @Version
    public long version;
}
