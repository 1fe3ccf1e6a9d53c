package com.gasline.duties.internal.store;

import java.time.OffsetDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** Marks that the branch received the template catalogue, so deleting all positions never re-seeds it. */
@Entity
@Table(name = "dut_catalogue")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class CatalogueEntity {
    @Id
    public String id;
    @Column(name = "seeded_at")
    public OffsetDateTime seededAt;
}
