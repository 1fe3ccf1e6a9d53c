package com.gasline.group.internal.store;

import java.time.OffsetDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A published version issued to one branch. */
@Entity
@Table(name = "grp_issue")
public class IssueEntity {
    @Id
    public String kind;
    @Id
    public int version;
    @Id
    public String branch;
    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;
    @Column(name = "issued_by")
    public String issuedBy;
}
