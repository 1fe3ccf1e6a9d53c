package com.gasline.duties.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** The branch's assessment scheme, one row once the branch sets it (until then the module's default applies). */
@Entity
@Table(name = "dut_assessment_scheme")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class AssessmentSchemeEntity {
    public static final String ID = "scheme";

    @Id
    public String id;
    @Column(name = "base_points")
    public int base;
    @Column(name = "on_time_points")
    public int onTimePoints;
    @Column(name = "satisfaction_points")
    public int satisfactionPoints;
    @Column(name = "band_percent")
    public int bandPercent;
    @Column(name = "min_for_bands")
    public int minForBands;
}
