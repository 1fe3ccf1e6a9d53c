package com.gasline.inspections.internal.store;

import java.time.OffsetDateTime;
import java.util.List;

import javax.persistence.Convert;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;
import com.gasline.platform.api.persistence.StringListConverter;

/** A visit as recorded; the checklist is kept as ITEM|OUTCOME|note lines. */
@Entity
@Table(name = "insp_visit")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class VisitEntity {
    @Id
    public String id;
    @Column(name = "inspection_id")
    public String inspectionId;
    public int attempt;
    public String result;
    @Column(name = "visited_at")
    public OffsetDateTime visitedAt;
    public String inspector;
    @Convert(converter = StringListConverter.class)
    public List<String> checklist;
    @Column(name = "hazard_ids")
    @Convert(converter = StringListConverter.class)
    public List<String> hazardIds;
    @Column(name = "refusal_reason")
    public String refusalReason;
    @Column(name = "signature_id")
    public String signatureId;
    public String note;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
