package com.gasline.accounts.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** One refused CSV row and why. */
@Entity
@Table(name = "acc_import_error")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class ImportErrorEntity {

    @Id
    public String id;
    @Column(name = "job_id")
    public String jobId;
    @Column(name = "row_no")
    public int rowNo;
    public String field;
    public String message;
}
