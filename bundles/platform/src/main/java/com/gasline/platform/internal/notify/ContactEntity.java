package com.gasline.platform.internal.notify;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import javax.persistence.Convert;
import javax.persistence.IdClass;

import com.gasline.platform.api.persistence.StringListConverter;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/** One version of a customer's contact preferences. */
@Entity
@Table(name = "platform_notice_contact")
@IdClass(ContactEntity.Key.class)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class ContactEntity {
    @Id
    @Column(name = "customer_id")
    public String customerId;
    @Id
    public int version;
    @Convert(converter = StringListConverter.class)
    public List<String> channels;
    /** JSON object channel id → address. */
    public String addresses;
    @Column(name = "opt_outs")
    @Convert(converter = StringListConverter.class)
    public List<String> optOuts;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String customerId;
        public int version;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(customerId, k.customerId) && version == k.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(customerId, version);
        }
    }
}
