package com.gasline.platform.internal.notify;

import java.time.OffsetDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** A notice as rendered when it was sent: never changed afterwards. */
@Entity
@Table(name = "platform_notice")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class NoticeEntity {
    @Id
    public String id;
    public String kind;
    public String subject;
    @Column(name = "customer_id")
    public String customerId;
    @Column(name = "account_no")
    public String accountNo;
    @Column(name = "customer_name")
    public String customerName;
    public boolean emergency;
    public String title;
    public String body;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
