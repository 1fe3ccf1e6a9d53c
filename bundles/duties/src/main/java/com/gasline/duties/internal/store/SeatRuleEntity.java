package com.gasline.duties.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** Minimum seats of a position for hours of the day. */
@Entity
@Table(name = "dut_seat_rule")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class SeatRuleEntity {
    @Id
    public String id;
    public String position;
    @Column(name = "from_hour")
    public int fromHour;
    @Column(name = "to_hour")
    public int toHour;
    @Column(name = "min_seats")
    public int minSeats;
}
