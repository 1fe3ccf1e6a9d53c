package com.gasline.accounts.internal.service;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.accounts.api.AccountDirectory;
import com.gasline.accounts.api.AccountState;
import com.gasline.accounts.api.AccountSummary;
import com.gasline.accounts.api.CustomerCategory;
import com.gasline.accounts.internal.store.AccountEntity;
import com.gasline.accounts.internal.store.AccountStore;

/** The accounts other modules see: no ID numbers or phones, only what billing and tickets need. */
@Component(service = AccountDirectory.class)
public class Directory implements AccountDirectory {

    private final AccountStore store;

    @Activate
    public Directory(@Reference AccountStore store) {
        this.store = store;
    }

    @Override
    public Optional<AccountSummary> find(String tenant, String accountNo) {
        return Optional.ofNullable(store.in(tenant, em -> em.find(AccountEntity.class, accountNo))).map(Directory::summary);
    }

    @Override
    public List<AccountSummary> inArea(String tenant, String areaPrefix, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 1000));
        return store.in(tenant, em -> em.createQuery(
                "select e from AccountEntity e where e.area = :self or e.area like :below escape '\\' order by e.accountNo",
                AccountEntity.class).setParameter("self", areaPrefix).setParameter("below", Search.escape(areaPrefix) + "/%")
                .setFirstResult(Math.max(0, offset)).setMaxResults(size).getResultList()).stream().map(Directory::summary).toList();
    }

    private static AccountSummary summary(AccountEntity a) {
        return new AccountSummary(a.accountNo, a.customerId, a.holderName, CustomerCategory.valueOf(a.category), a.householdSize,
                a.premisesId, a.area, a.address, AccountState.valueOf(a.state), a.prepaymentFen);
    }
}
