package com.gasline.accounts.api.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.gasline.accounts.api.AccountState;
import com.gasline.accounts.api.CustomerCategory;

/**
 * An account (户号). {@code turnOnDueBy} is the 3-day ignition commitment counted from installation;
 * {@code phone} is masked like in customer lists unless the caller may see it.
 */
public record Account(String accountNo, String customerId, String holderName, String phone, String premisesId,
        String area, String address, CustomerCategory category, int householdSize, AccountState state,
        String contractNo, LocalDate contractSignedOn, long openingFeeFen, long prepaymentFen, long settlementFen,
        OffsetDateTime appliedAt, OffsetDateTime installedAt, OffsetDateTime turnOnDueBy, OffsetDateTime activatedAt,
        OffsetDateTime closedAt, long version) {
}
