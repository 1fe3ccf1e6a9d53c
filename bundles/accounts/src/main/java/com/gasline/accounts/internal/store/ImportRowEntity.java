package com.gasline.accounts.internal.store;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/**
 * One CSV row already handled by an import, written in the row's own transaction: a part done again after
 * a crash skips it instead of importing it twice.
 */
@Entity
@Table(name = "acc_import_row")
@IdClass(ImportRowEntity.Key.class)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class ImportRowEntity {

    @Id
    @Column(name = "job_id")
    public String jobId;
    @Id
    @Column(name = "row_no")
    public int rowNo;
    /** IMPORTED or FAILED */
    public String outcome;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String jobId;
        public int rowNo;

        public Key() {
        }

        public Key(String jobId, int rowNo) {
            this.jobId = jobId;
            this.rowNo = rowNo;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(jobId, k.jobId) && rowNo == k.rowNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(jobId, rowNo);
        }
    }
}
