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

/** 缴费 with its receipt; the idempotency key is unique, so a replay cannot pay twice. */
@Entity
@Table(name = "met_payment")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class PaymentEntity {
    @Id
    public String id;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    @Column(name = "account_no")
    public String accountNo;
    @Column(name = "amount_fen")
    public long amountFen;
    public String channel;
    public String kind;
    @Column(name = "receipt_no")
    public String receiptNo;
    public String cashier;
    @Column(name = "paid_at")
    public OffsetDateTime paidAt;
    @Column(name = "balance_after_fen")
    public long balanceAfterFen;
}
