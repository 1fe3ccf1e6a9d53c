package com.gasline.accounts.internal.service;

import java.util.List;

import com.gasline.accounts.api.AccountState;
import com.gasline.accounts.api.CustomerCategory;
import com.gasline.accounts.api.rest.Account;
import com.gasline.accounts.api.rest.Customer;
import com.gasline.accounts.api.rest.CustomerKind;
import com.gasline.accounts.api.rest.HistoryEntry;
import com.gasline.accounts.api.rest.Premises;
import com.gasline.accounts.internal.rules.Masking;
import com.gasline.accounts.internal.rules.Phones;
import com.gasline.accounts.internal.store.AccountEntity;
import com.gasline.accounts.internal.store.AccountHistoryEntity;
import com.gasline.accounts.internal.store.CustomerEntity;
import com.gasline.accounts.internal.store.PremisesEntity;

/** Entities to API records; private fields masked unless {@code full}. */
final class Views {

    /** 点火通气 within 3 days of installation (DOMAIN.md commitment). */
    private static final int TURN_ON_DAYS = 3;

    private Views() {
    }

    static Customer customer(CustomerEntity c, boolean full) {
        List<String> phones = Phones.split(c.phones);
        return new Customer(c.id, CustomerKind.valueOf(c.kind), c.name, c.idType,
                full ? c.idNumber : Masking.idNumber(c.idNumber),
                full ? phones : phones.stream().map(Masking::phone).toList(),
                CustomerCategory.valueOf(c.category), c.householdSize, !full, c.createdAt, c.version);
    }

    static Premises premises(PremisesEntity p) {
        return new Premises(p.id, p.district, p.community, p.building, p.unit, p.room, p.area, p.address);
    }

    static Account account(AccountEntity a, boolean full) {
        List<String> phones = Phones.split(a.phones);
        String phone = phones.isEmpty() ? null : full ? phones.get(0) : Masking.phone(phones.get(0));
        return new Account(a.accountNo, a.customerId, a.holderName, phone, a.premisesId, a.area, a.address,
                CustomerCategory.valueOf(a.category), a.householdSize, AccountState.valueOf(a.state), a.contractNo,
                a.contractSignedOn, a.openingFeeFen, a.prepaymentFen, a.settlementFen, a.appliedAt, a.installedAt,
                a.installedAt == null ? null : a.installedAt.plusDays(TURN_ON_DAYS), a.activatedAt, a.closedAt, a.version);
    }

    static HistoryEntry history(AccountHistoryEntity h) {
        return new HistoryEntry(h.seq, h.at, h.actor, h.action, h.field, h.oldValue, h.newValue, h.reason);
    }
}
