package com.gasline.metering.internal.service;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.accounts.api.AccountChange;
import com.gasline.accounts.api.AccountDirectory;
import com.gasline.accounts.api.AccountListener;
import com.gasline.accounts.api.AccountSummary;
import com.gasline.metering.internal.store.MeteredAccountEntity;
import com.gasline.metering.internal.store.MeteringStore;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/**
 * Keeps metering's copy of the accounts it meters (category, household size, state) in step with
 * the archive, so a bill run of 200,000 accounts never calls back into accounts per account.
 */
@Component(service = { AccountSync.class, AccountListener.class })
public class AccountSync implements AccountListener {

    private final MeteringStore store;
    private final AccountDirectory directory;
    private final OpeningPrepayment prepayment;

    @Activate
    public AccountSync(@Reference MeteringStore store, @Reference AccountDirectory directory, @Reference OpeningPrepayment prepayment) {
        this.store = store;
        this.directory = directory;
        this.prepayment = prepayment;
    }

    /** The account as billing sees it now; 422 when it does not exist in the archive. */
    public MeteredAccountEntity refresh(String tenant, String accountNo) {
        AccountSummary a = directory.find(tenant, accountNo).orElseThrow(() -> Problems.ruleViolated(
                Text.of("户号 " + accountNo + " 不存在", "Account " + accountNo + " does not exist")));
        MeteredAccountEntity metered = store.in(tenant, em -> {
            MeteredAccountEntity m = em.find(MeteredAccountEntity.class, accountNo);
            if (m == null) {
                m = new MeteredAccountEntity();
                m.accountNo = accountNo;
                em.persist(m);
            }
            m.category = a.category().name();
            m.householdSize = a.householdSize();
            m.state = a.state().name();
            m.holderName = a.customerName();
            m.address = a.address();
            return m;
        });
        prepayment.credit(tenant, a);
        return metered;
    }

    @Override
    public void accountChanged(AccountChange change) {
        boolean metered = store.in(change.tenant(), em -> em.find(MeteredAccountEntity.class, change.accountNo()) != null);
        if (metered) {
            refresh(change.tenant(), change.accountNo());
        }
    }
}
