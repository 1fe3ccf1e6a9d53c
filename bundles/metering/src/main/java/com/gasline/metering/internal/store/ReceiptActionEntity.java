package com.gasline.metering.internal.store;

import java.time.OffsetDateTime;


import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** A step in a receipt's life after it was issued: void asked, voided, refused, reissued. */
@Entity
@Table(name = "met_receipt_action")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class ReceiptActionEntity {
    @Id
    public String id;
    @Column(name = "receipt_no")
    public String receiptNo;
    public String action;
    public String reason;
    public String actor;
    public OffsetDateTime at;
}
