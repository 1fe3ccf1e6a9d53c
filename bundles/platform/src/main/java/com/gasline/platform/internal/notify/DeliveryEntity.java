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

/** One attempt to deliver a notice. */
@Entity
@Table(name = "platform_notice_delivery")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class DeliveryEntity {
    @Id
    public String id;
    @Column(name = "notice_id")
    public String noticeId;
    @Column(name = "customer_id")
    public String customerId;
    public String channel;
    public String address;
    public String status;
    public String reason;
    public int attempt;
    @Column(name = "due_at")
    public OffsetDateTime dueAt;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
