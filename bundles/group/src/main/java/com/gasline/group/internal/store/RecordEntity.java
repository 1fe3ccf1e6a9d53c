package com.gasline.group.internal.store;

import java.time.OffsetDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Append-only: an adoption or an override of one branch, numbered per branch and kind. */
@Entity
@Table(name = "grp_branch_record")
public class RecordEntity {
    @Id
    public String branch;
    @Id
    public String kind;
    @Id
    public int seq;
    public String action;
    public int version;
    @Column(name = "follow_latest")
    public boolean followLatest;
    public String item;
    @Column(name = "item_value")
    public String itemValue;
    public OffsetDateTime at;
    public String actor;
}
