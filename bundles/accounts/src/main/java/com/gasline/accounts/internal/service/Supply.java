package com.gasline.accounts.internal.service;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.accounts.api.AccountState;
import com.gasline.accounts.api.AccountSupply;
import com.gasline.accounts.internal.rules.Lifecycle;
import com.gasline.accounts.internal.store.AccountStore;

/** Suspensions asked for by other modules go through the same life-cycle move and history as the clerk's. */
@Component(service = AccountSupply.class)
public class Supply implements AccountSupply {

    private final Archive archive;
    private final AccountStore store;

    @Activate
    public Supply(@Reference Archive archive, @Reference AccountStore store) {
        this.archive = archive;
        this.store = store;
    }

    @Override
    public boolean suspendForSafety(String tenant, String actor, String accountNo, String reason) {
        String state = store.in(tenant, em -> Archive.find(em, accountNo).state);
        if (!AccountState.ACTIVE.name().equals(state)) {
            return false;
        }
        archive.move(tenant, actor, accountNo, Lifecycle.SUSPEND, null, reason, c -> {
        });
        return true;
    }
}
