package com.gasline.accounts.internal.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import javax.persistence.Version;

import com.gasline.accounts.api.AccountState;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.gasline.platform.api.persistence.Tenancy;

/**
 * 户号. Holder name, phones, area and address are copied from customer and premises so that one
 * indexed table answers every search; transfer and rename change them with history.
 */
@Entity
@Table(name = "acc_account")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, primaryKey = true)
public class AccountEntity {

    @Id
    @Column(name = "account_no")
    public String accountNo;
    @Column(name = "customer_id")
    public String customerId;
    @Column(name = "holder_name")
    public String holderName;
    public String phones;
    @Column(name = "phone_tail")
    public String phoneTail;
    @Column(name = "premises_id")
    public String premisesId;
    public String area;
    public String address;
    public String category;
    @Column(name = "household_size")
    public int householdSize;
    public String state;
    @Column(name = "contract_no")
    public String contractNo;
    @Column(name = "contract_signed_on")
    public LocalDate contractSignedOn;
    @Column(name = "opening_fee_fen")
    public long openingFeeFen;
    @Column(name = "prepayment_fen")
    public long prepaymentFen;
    @Column(name = "settlement_fen")
    public long settlementFen;
    @Column(name = "applied_at")
    public OffsetDateTime appliedAt;
    @Column(name = "installed_at")
    public OffsetDateTime installedAt;
    @Column(name = "activated_at")
    public OffsetDateTime activatedAt;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
    /** number of history entries so far; the next entry's seq */
    @Column(name = "history_count")
    public int historyCount;
    @Version
    public long version;

    public AccountState state() {
        return AccountState.valueOf(state);
    }
}
