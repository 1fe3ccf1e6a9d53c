package com.gasline.inspections.internal.store;

import java.time.OffsetDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** One account's inspection in a plan; its status and the current visit time move, the steps are rows of their own. */
@Entity
@Table(name = "insp_inspection")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class InspectionEntity {
    @Id
    public String id;
    @Column(name = "plan_id")
    public String planId;
    @Column(name = "account_no")
    public String accountNo;
    @Column(name = "customer_id")
    public String customerId;
    @Column(name = "customer_name")
    public String customerName;
    public String category;
    public String area;
    public String address;
    public String status;
    @Column(name = "notified_at")
    public OffsetDateTime notifiedAt;
    @Column(name = "visit_at")
    public OffsetDateTime visitAt;
    public int attempts;
    @Column(name = "inspected_at")
    public OffsetDateTime inspectedAt;
}
